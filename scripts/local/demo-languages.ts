/**
 * Demo data for issue #14 in the back office: Steunpunt Amstel & Meer gets a question from
 * a Turkish form whose parent would like a tolk, one from an Arabic form without that wish,
 * and a reply template in each of those languages, so the language marks, the filters and
 * the template picker show something locally.
 *
 * The Turkish and Arabic texts below are AI-made examples (no person checked them), made up
 * like the other demo questions: no real people.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { seedDefaultTemplates } from '../../functions/cases/reply-templates.ts';
import type { Locale } from '../../functions/core/locales.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';

interface DemoLanguageQuestion {
  key: string;
  language: Locale;
  tolk: boolean;
  fields: Record<string, unknown>;
  daysAgo: number;
}

const questions: DemoLanguageQuestion[] = [
  {
    key: 'tr-tolk',
    language: 'tr',
    tolk: true,
    fields: {
      role: 'ouder',
      topic: 'ondersteuning',
      question:
        'Oğlum okulda çok zorlanıyor. Okul ona ekstra yardım vermiyor. Ne yapabilirim? Hollandaca iyi konuşamıyorum.',
      schoolType: 'po',
      contactChannel: 'telefoon',
      phone: '0600000021',
      // An address too, so a reply by e-mail (with the Turkish template) can be tried.
      email: 'ouder.demo.tr@example.nl',
    },
    daysAgo: 2,
  },
  {
    key: 'ar',
    language: 'ar',
    tolk: false,
    fields: {
      role: 'ouder',
      topic: 'thuiszitten',
      question: 'ابنتي لا تذهب إلى المدرسة منذ شهر. لا يوجد لها مكان في مدرسة أخرى. ماذا أفعل؟',
      schoolType: 'vo',
      contactChannel: 'whatsapp',
      phone: '0600000022',
    },
    daysAgo: 4,
  },
];

export const demoLanguageTemplates = [
  {
    id: 'eerste-reactie-tr',
    name: 'İlk yanıt',
    lang: 'tr' as const,
    subject: '{steunpunt} için sorunuz',
    body: 'Merhaba {naam},\n\nSorunuz için teşekkür ederiz. Ben {medewerker}. Size yardım edeceğim.\n\n[Cevabınızı buraya yazın.]\n\nBaşka bir sorunuz var mı? Bizi arayabilirsiniz.\n\nSaygılarımızla,\n{medewerker}\n{steunpunt}',
  },
  {
    id: 'eerste-reactie-ar',
    name: 'الرد الأول',
    lang: 'ar' as const,
    subject: 'سؤالك إلى {steunpunt}',
    body: 'مرحبًا {naam}،\n\nشكرًا على سؤالك. أنا {medewerker} وسأساعدك.\n\n[اكتب إجابتك هنا.]\n\nهل لديك سؤال آخر؟ يمكنك الاتصال بنا.\n\nمع أطيب التحيات،\n{medewerker}\n{steunpunt}',
  },
];

/**
 * The two questions, through the form's own code as the form in their language sends them
 * (`lang`, `tolk`). Fixed keys: seeding again changes nothing.
 */
export async function seedDemoLanguages(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenant: Tenant,
  now: Date,
): Promise<number> {
  await seedDefaultTemplates(db, tableName, tenant.steunpunt, now, demoLanguageTemplates);
  let created = 0;
  for (const demo of questions) {
    const caseId = `demo-${tenant.slug}-${demo.key}`;
    const createdAt = new Date(now.getTime() - demo.daysAgo * 86_400_000);
    const outcome = await submitQuestion(
      { db, tableName, clock: () => createdAt },
      tenant,
      questionInput.parse({
        ...demo.fields,
        gemeente: tenant.gemeenten[0],
        consent: true,
        lang: demo.language,
        tolk: demo.tolk,
      }),
      caseId,
    );
    if (outcome.kind === 'created') created++;
  }
  return created;
}
