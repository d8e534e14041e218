/**
 * The national vocabulary's labels (vocabulary.ts) in each language of the portal (issue
 * #14), as the public forms show them. The keys stay the same in every language: only
 * the label a person reads changes. Dutch is vocabulary.ts itself, so the back office, the
 * monitor and the API's Dutch texts keep reading one list. The type makes every label
 * exist in every language. A steunpunt's own topics are never translated.
 */
import type { Locale } from './locales.ts';
import { contactChannels, roles, schoolTypes, topics } from './vocabulary.ts';

type Labels<T> = { readonly [K in keyof T]: string };

export interface VocabularyLabels {
  roles: Labels<typeof roles>;
  topics: Labels<typeof topics>;
  schoolTypes: Labels<typeof schoolTypes>;
  contactChannels: Labels<typeof contactChannels>;
}

export const vocabularyLabels: Record<Locale, VocabularyLabels> = {
  nl: { roles, topics, schoolTypes, contactChannels },
  en: {
    roles: {
      ouder: 'Parent or carer',
      jongere: 'Young person',
      professional: 'Professional (for example a teacher or care worker)',
    },
    topics: {
      ondersteuning: 'Help and support at school',
      schoolkeuze: 'Choosing a school or registering your child',
      overstap: 'Moving on to secondary school',
      'speciaal-onderwijs': 'Special education and the admission statement (TLV)',
      thuiszitten: 'Staying at home without school, suspension or expulsion',
      opp: 'The development plan (OPP)',
      'contact-school': 'Contact and working together with the school',
      'onderwijs-zorg': 'School together with care or youth support',
      'klacht-geschil': 'A complaint, dispute or objection',
      'examen-vo': 'Exams and extra help at secondary school',
      anders: 'Something else',
    },
    schoolTypes: {
      po: 'Primary school',
      sbo: 'Special primary school (sbo)',
      so: 'Special education (so)',
      vo: 'Secondary school (vo)',
      vso: 'Special secondary education (vso)',
      geen: 'No school at the moment',
      onbekend: 'I do not know',
    },
    contactChannels: { email: 'By email', telefoon: 'By phone', whatsapp: 'WhatsApp' },
  },
  ar: {
    roles: {
      ouder: 'أحد الوالدين أو وليّ الأمر',
      jongere: 'شاب أو شابة',
      professional: 'مختص (مثلًا معلّم أو مقدّم مساعدة)',
    },
    topics: {
      ondersteuning: 'المساعدة والدعم في المدرسة',
      schoolkeuze: 'اختيار مدرسة أو تسجيل طفلك',
      overstap: 'الانتقال إلى المدرسة الثانوية',
      'speciaal-onderwijs': 'التعليم الخاص وإفادة القبول (TLV)',
      thuiszitten: 'البقاء في البيت بدون مدرسة أو الإيقاف أو الفصل',
      opp: 'خطة التطور (OPP)',
      'contact-school': 'التواصل والتعاون مع المدرسة',
      'onderwijs-zorg': 'التعليم مع الرعاية أو مساعدة الشباب',
      'klacht-geschil': 'شكوى أو نزاع أو اعتراض',
      'examen-vo': 'الامتحانات والمساعدة الإضافية في المدرسة الثانوية',
      anders: 'شيء آخر',
    },
    schoolTypes: {
      po: 'مدرسة ابتدائية',
      sbo: 'مدرسة ابتدائية خاصة (sbo)',
      so: 'التعليم الخاص (so)',
      vo: 'مدرسة ثانوية (vo)',
      vso: 'التعليم الثانوي الخاص (vso)',
      geen: 'لا مدرسة حاليًا',
      onbekend: 'لا أعرف',
    },
    // As the site's contact block names it in Arabic (chrome.ts).
    contactChannels: {
      email: 'عبر البريد الإلكتروني',
      telefoon: 'اتصال هاتفي',
      whatsapp: 'واتساب',
    },
  },
  tr: {
    roles: {
      ouder: 'Ebeveyn veya bakıcı',
      jongere: 'Genç',
      professional: 'Profesyonel (örneğin öğretmen veya yardım uzmanı)',
    },
    topics: {
      ondersteuning: 'Okulda yardım ve destek',
      schoolkeuze: 'Okul seçmek veya çocuğunuzu kaydettirmek',
      overstap: 'Ortaöğretime geçiş',
      'speciaal-onderwijs': 'Özel eğitim ve kabul belgesi (TLV)',
      thuiszitten: 'Okula gidememe, uzaklaştırma veya okuldan atılma',
      opp: 'Gelişim planı (OPP)',
      'contact-school': 'Okulla iletişim ve iş birliği',
      'onderwijs-zorg': 'Bakım veya gençlik yardımı ile birlikte eğitim',
      'klacht-geschil': 'Bir şikâyet, anlaşmazlık veya itiraz',
      'examen-vo': 'Ortaöğretimde sınavlar ve ek yardım',
      anders: 'Başka bir konu',
    },
    schoolTypes: {
      po: 'İlkokul',
      sbo: 'Özel ilkokul (sbo)',
      so: 'Özel eğitim (so)',
      vo: 'Ortaöğretim okulu (vo)',
      vso: 'Özel ortaöğretim (vso)',
      geen: 'Şu anda okul yok',
      onbekend: 'Bilmiyorum',
    },
    contactChannels: { email: 'E-posta ile', telefoon: 'Telefonla', whatsapp: 'WhatsApp' },
  },
  pl: {
    roles: {
      ouder: 'Rodzic lub opiekun',
      jongere: 'Młoda osoba',
      professional: 'Specjalista (na przykład nauczyciel lub pracownik pomocy)',
    },
    topics: {
      ondersteuning: 'Pomoc i wsparcie w szkole',
      schoolkeuze: 'Wybór szkoły lub zapisanie dziecka',
      overstap: 'Przejście do szkoły średniej',
      'speciaal-onderwijs': 'Edukacja specjalna i orzeczenie o przyjęciu (TLV)',
      thuiszitten: 'Brak szkoły, zawieszenie lub usunięcie ze szkoły',
      opp: 'Plan rozwoju (OPP)',
      'contact-school': 'Kontakt i współpraca ze szkołą',
      'onderwijs-zorg': 'Nauka razem z opieką lub pomocą dla młodzieży',
      'klacht-geschil': 'Skarga, spór lub sprzeciw',
      'examen-vo': 'Egzaminy i dodatkowa pomoc w szkole średniej',
      anders: 'Coś innego',
    },
    schoolTypes: {
      po: 'Szkoła podstawowa',
      sbo: 'Specjalna szkoła podstawowa (sbo)',
      so: 'Edukacja specjalna (so)',
      vo: 'Szkoła średnia (vo)',
      vso: 'Specjalna szkoła średnia (vso)',
      geen: 'Obecnie brak szkoły',
      onbekend: 'Nie wiem',
    },
    contactChannels: { email: 'Przez e-mail', telefoon: 'Telefonicznie', whatsapp: 'WhatsApp' },
  },
  uk: {
    roles: {
      ouder: 'Батько, мати або опікун',
      jongere: 'Молода людина',
      professional: 'Фахівець (наприклад, учитель або соціальний працівник)',
    },
    topics: {
      ondersteuning: 'Допомога і підтримка в школі',
      schoolkeuze: 'Вибір школи або запис дитини',
      overstap: 'Перехід до середньої школи',
      'speciaal-onderwijs': 'Спеціальна освіта та дозвіл на зарахування (TLV)',
      thuiszitten: 'Дитина вдома без школи, відсторонення або виключення',
      opp: 'План розвитку (OPP)',
      'contact-school': 'Контакт і співпраця зі школою',
      'onderwijs-zorg': 'Навчання разом із доглядом або допомогою молоді',
      'klacht-geschil': 'Скарга, спір або заперечення',
      'examen-vo': 'Іспити та додаткова допомога в середній школі',
      anders: 'Щось інше',
    },
    schoolTypes: {
      po: 'Початкова школа',
      sbo: 'Спеціальна початкова школа (sbo)',
      so: 'Спеціальна освіта (so)',
      vo: 'Середня школа (vo)',
      vso: 'Спеціальна середня освіта (vso)',
      geen: 'Зараз без школи',
      onbekend: 'Не знаю',
    },
    contactChannels: {
      email: 'Електронною поштою',
      telefoon: 'Телефоном',
      whatsapp: 'WhatsApp',
    },
  },
};
