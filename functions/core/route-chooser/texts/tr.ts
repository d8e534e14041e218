/** The route chooser in Turkish (made by an AI assistant; no person has checked it yet). */
import type { TranslatedChooserTexts } from '../chooser-texts.ts';

export const tr: TranslatedChooserTexts = {
  name: 'Şikâyet veya anlaşmazlık',
  description:
    'Okulla veya okul ortaklığıyla aynı fikirde değilseniz hangi yol uygun? Birkaç soruyu cevaplayın.',
  previous: 'Önceki soru',
  intro:
    'Birkaç soruyu cevaplarsınız. Sonra hangi yolun uygun olduğunu, nereye gideceğinizi ve ne kadar zamanınız olduğunu görürsünüz. Seçtiğiniz hiçbir şeyi saklamıyoruz. Her şeyi okumayı mı tercih edersiniz? {link} sayfasına bakın.',
  allOnOnePage: 'şikâyetler, anlaşmazlıklar ve itiraz',
  answersSoFar: 'Şimdiye kadarki cevaplarınız',
  yourAnswers: 'Verdiğiniz cevaplar',
  change: 'Değiştir',
  changeWhich: 'şu soruya cevabınız: {question}',
  askForHelp: 'Bu yol için destek noktasından yardım isteyin',
  startAgain: 'Baştan başla',
  attention: 'Dikkat:',
  questions: {
    over: {
      text: 'Konu nedir?',
      hint: 'En uygun olanı seçin. Birden fazla mı uyuyor? O zaman şu anda en önemli olanı seçin.',
      options: {
        tlv: 'Okul ortaklığının [[toelaatbaarheidsverklaring (TLV)]] hakkındaki kararı, yani özel eğitime gitme izni',
        toelating: 'Bir okul çocuğunuzu kabul etmiyor veya yeri yok',
        verwijdering: 'Okul çocuğunuzu okuldan çıkarmak istiyor (okuldan uzaklaştırma)',
        schorsing: 'Çocuğunuz geçici olarak okuldan uzaklaştırıldı',
        opp: 'Çocuğunuzun gelişim planı ([[OPP]])',
        thuiszitten: 'Çocuğunuz evde oturuyor ve okula gitmiyor',
        'gelijke-behandeling':
          'Çocuğunuza eşit davranılmıyor, örneğin bir engel veya hastalık yüzünden',
        gedrag: 'Okuldan veya okul ortaklığından birinin yaptığı veya karar verdiği bir şey',
        steunpunt: 'Destek noktasının kendisi hakkında bir şikâyetiniz var',
      },
    },
    besluit: {
      text: 'Okulun kararı sizde yazılı olarak var mı?',
      hint: 'Mektup da e-posta da sayılır. Bir niyet de sayılır: okulun almayı planladığı bir karar. [[OPP]] için okulun belirlediği [[OPP]] geçerlidir.',
      options: { ja: 'Evet, mektubum veya e-postam var', nee: 'Hayır, henüz yok' },
    },
    school: {
      text: 'Bu bir devlet okulu mu, yoksa özel bir okul mu?',
      hint: 'Özel (bijzonder) okul bir dine veya kendi görüşüne dayanır. Örneğin Katolik, Hristiyan veya İslami bir okul. Bu genellikle okulun web sitesinde yazar.',
      options: {
        openbaar: 'Bir devlet okulu',
        bijzonder: 'Özel bir okul',
        'weet-niet': 'Bilmiyorum',
      },
    },
    gesproken: {
      text: 'Bunu okulla veya okul ortaklığıyla konuştunuz mu?',
      options: { ja: 'Evet, ama sorun çözülmedi', nee: 'Hayır, henüz değil' },
    },
  },
  outcomeTitles: {
    'praat-met-school': 'Önce okulla konuşun',
    klacht: 'Okula veya ulusal şikâyet komisyonuna şikâyette bulunun',
    gpo: 'Uygun eğitim anlaşmazlık komisyonuna başvurun',
    'bezwaar-tlv': 'TLV kararına itiraz edin',
    schorsing: 'Çocuğunuz uzaklaştırıldı: ne yapabilirsiniz?',
    thuiszitten: 'Çocuğunuz evde oturuyorsa yardım',
    'gelijke-behandeling': 'Hollanda İnsan Hakları Kurumuna başvurun',
    'klacht-over-steunpunt': 'Destek noktası hakkında bir şikâyet',
  },
  deadlineForm: {
    heading: 'Ne kadar zamanınız var?',
    labelDecision: 'Kararı ne zaman aldınız?',
    labelEvent: 'Bu ne zaman oldu?',
    hint: {
      lkc: 'Olayın olduğu günü girin. Örneğin {example}.',
      gpo: 'Kararı veya niyeti aldığınız günü girin. Örneğin {example}.',
      bezwaar: 'Kararın olduğu mektubu veya e-postayı aldığınız günü girin. Örneğin {example}.',
    },
    rule: {
      bezwaar: [
        '{term} süreniz var. Süre, kararı aldığınız günden sonraki gün başlar. Son gününüz {term} sonra haftanın aynı günüdür.',
        'O gün cumartesi, pazar veya resmî tatile mi denk geliyor? O zaman ondan sonraki, cumartesi, pazar veya resmî tatil olmayan ilk gün de olur.',
        'İtirazınızı e-postayla mı gönderiyorsunuz? O zaman son gününüzün sonuna kadar ulaşmış olmalı. Mektubu zamanında postaya mı verdiniz? O zaman bir hafta sonrasına kadar ulaşabilir.',
      ],
      gpo: [
        '{term} süreniz var. Süre, kararı veya niyeti aldığınız günden sonraki gün başlar. Son gününüz {term} sonra haftanın aynı günüdür.',
        'Hafta sonuna veya resmî tatile denk gelse bile o güne uyun. Güvenli tarih budur.',
      ],
      lkc: [
        'Olayın olduğu günden itibaren {term} süreniz var. Sonrası genellikle geç olur. Bu süre ertelenmez.',
      ],
    },
  },
  deadline: {
    lang: 'tr',
    lastDay: 'Son gününüz {date}.',
    passed:
      'O gün geçti. Bazen yine de mümkündür: neden geç kaldığınızı iyi açıklarsanız geç bir başvuru bazen kabul edilir. Destek noktasından yardım isteyin.',
    today: 'Bugün son gününüz.',
    daysLeft: { other: '{days} gününüz kaldı.' },
    moved:
      '{term} aslında {date} günü bitiyor. O gün: {reason}. Bu yüzden son gününüz ileri kayıyor.',
    sendBezwaar:
      'İtirazınızı e-postayla mı gönderiyorsunuz? O zaman o günün sonuna kadar ulaşmış olmalı. Mektubu zamanında postaya mı verdiniz? O zaman bir hafta sonrasına kadar ulaşabilir.',
    calendarUnknown:
      'Hükümetin o yıl hangi tatil günlerini ekleyeceğini henüz bilmiyoruz. Tarihi daha sonra tekrar kontrol edin.',
    gpoSafe: 'Bu güvenli tarihtir: tam {term}, uzatma olmadan.',
    restDays: {
      zaterdag: 'cumartesi',
      zondag: 'pazar',
      'Goede Vrijdag': 'Kutsal Cuma',
      Nieuwjaarsdag: 'Yılbaşı',
      'Eerste Paasdag': 'Paskalya Pazarı',
      'Tweede Paasdag': 'Paskalya Pazartesisi',
      Koningsdag: 'Kral Günü',
      Bevrijdingsdag: 'Kurtuluş Günü',
      Hemelvaartsdag: 'Göğe Yükseliş Günü',
      'Eerste Pinksterdag': 'Pentekost Pazarı',
      'Tweede Pinksterdag': 'Pentekost Pazartesisi',
      'Eerste Kerstdag': 'Noel',
      'Tweede Kerstdag': 'Noel’in ikinci günü',
      'door de regering vastgestelde vrije dag': 'hükümetin belirlediği bir tatil günü',
    },
  },
  outcomes: {
    'praat-met-school': {
      summary:
        'Henüz bir karar yok veya okulla bu konuyu henüz konuşmadınız. O zaman okulla bir görüşmeyle başlayın. Çoğu zaman birlikte bir çözüm bulursunuz.',
      whereToGo:
        'Bir şey göndermeniz gerekmez. Okulla iletişime geçin ve bir görüşme isteyin. Destek noktası görüşmeye hazırlanmanıza yardım edebilir.',
    },
    klacht: {
      summary:
        'Okulla konuştunuz ama sorun hâlâ var mı? O zaman okulun bağlı olduğu şikâyet komisyonuna, örneğin [[Landelijke Klachtencommissie Onderwijs (LKC)]] komisyonuna şikâyette bulunabilirsiniz.',
      whereToGo:
        'Şikâyetinizi okulun şikâyet komisyonuna gönderin. Hangi komisyon olduğu okul rehberinde yazar.',
    },
    gpo: {
      summary:
        'Çocuğunuzun kabulü, okuldan uzaklaştırılması veya [[OPP]] konusunda okul yönetimiyle aynı fikirde değil misiniz? O zaman davanızı [[Geschillencommissie Passend Onderwijs (GPO)]] anlaşmazlık komisyonuna götürebilirsiniz.',
      whereToGo:
        'Davanızı internet üzerinden [[Geschillencommissie Passend Onderwijs]] komisyonuna sunarsınız. Avukata ihtiyacınız yok.',
    },
    'bezwaar-tlv': {
      summary:
        'Okul ortaklığının [[toelaatbaarheidsverklaring (TLV)]] hakkındaki kararına katılmıyor musunuz? O zaman okul ortaklığına itiraz ([[bezwaar]]) edebilirsiniz. Bunu {{term:objection}} içinde yapın.',
      whereToGo:
        'İtirazınızı kararı veren okul ortaklığına gönderin. İmzalayın ve kararın bir kopyasını ekleyin.',
    },
    schorsing: {
      summary:
        'Çocuğunuz uzaklaştırıldı mı? O zaman kısa bir süre derse giremez. Okul kurallara uymak zorundadır ve siz karara itiraz edebilirsiniz.',
      whereToGo:
        'İtirazınızı okul yönetimine gönderin. Uzaklaştırma mektubunda nasıl ve nereye yazacağınız yazar. Yazmıyorsa okula sorun.',
    },
    thuiszitten: {
      summary:
        'Çocuğunuz artık okula gitmiyor mu veya haftada sadece birkaç saat mi gidiyor? Çocuğunuzun yine de her gün eğitim hakkı var. Okul sorumlu olmaya devam eder.',
      whereToGo:
        'Okulla başlayın ve bir görüşme isteyin. Destek noktası ücretsiz olarak sizinle birlikte düşünür. Çocuğunuz {{term:homeBeforeConsultant}} süresinden uzun zamandır evde mi? O zaman [[onderwijsconsulenten]] (eğitim danışmanları) kurumuna başvurabilirsiniz.',
    },
    'gelijke-behandeling': {
      summary:
        'Okulun çocuğunuza bir engel veya kronik hastalık yüzünden farklı davrandığını mı düşünüyorsunuz? O zaman [[College voor de Rechten van de Mens]] kurumundan bir görüş isteyebilirsiniz.',
      whereToGo:
        'Görüşü internet üzerinden [[College voor de Rechten van de Mens]] kurumundan isteyin.',
    },
    'klacht-over-steunpunt': {
      summary:
        'Destek noktasının yardımından memnun değil misiniz? Belki cevap almadınız veya dinlenmediğinizi hissettiniz. O zaman bundan şikâyet edebilirsiniz.',
      whereToGo:
        'Önce size yardım eden çalışana veya destek noktasının koordinatörüne söyleyin. Destek noktasının iletişim bilgileri her sayfanın altında yer alır.',
    },
  },
  flagNotes: {
    'parallel-bezwaar':
      'Çocuğunuz bir devlet okuluna gidiyor. O zaman [[GPO]] davanızın yanında {{term:objection}} içinde okul yönetimine de itiraz edin. Böylece mahkeme yolu açık kalır.',
    'school-onbekend':
      'Okulun devlet okulu mu yoksa özel okul mu olduğunu bilmiyor musunuz? Okula sorun veya okul rehberine bakın. Devlet okulunda {{term:objection}} içinde okul yönetimine de itiraz edersiniz. Beklemeyin: süre zaten işliyor.',
  },
  whereToGo: 'Nereye gidersiniz?',
  checkDutch: 'Bu sonucu henüz kimse kontrol etmedi. Hollandaca metinde kontrol edin.',
  checkDeadline: 'Bu süreyi henüz kimse kontrol etmedi. Hollandaca metinde kontrol edin.',
  readInDutch: 'Bu adımın tam açıklamasını okuyun',
  askQuestion: 'Sorunuzu sorun',
  postalAddress: '{name} posta adresi:',
  noPostalAddress:
    '{name} posta adresi bizde henüz yok. Okul ortaklığının web sitesine veya kararın olduğu mektuba bakın.',
};
