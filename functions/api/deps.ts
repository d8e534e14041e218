import type { QuestionDeps } from '../questions/question-store.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

export interface ApiDeps extends QuestionDeps {
  tenants: TenantLookup;
}
