/**
 * The request for help with a complaint or dispute, from the site's complaint form: the same
 * public intake as a question (public-intake.ts), with the complaint's schema, checks and
 * mails. A function of its own in AWS (api-functions.ts): the route chooser's outcomes and
 * the filing deadlines it carries are not the question's.
 */
import { Hono } from 'hono/tiny';
import {
  complaintCreated,
  complaintFieldOrder,
  complaintInput,
} from '../cases/intakes/complaint-schema.ts';
import { complaintIntake } from '../cases/intakes/complaint.ts';
import type { PublicApiDeps } from './deps.ts';
import { publicIntakeRoute, receiveIntake } from './public-intake.ts';
import { publicLimits } from './public-limits.ts';
import { checks } from './route-kit.ts';

const complaintTexts = {
  summary: 'Vraag het steunpunt om hulp bij een klacht of geschil',
  created: 'De vraag om hulp is opgeslagen',
  replayed: 'Deze vraag om hulp was al ontvangen (zelfde sleutel)',
  keyReused: 'Deze sleutel hoort bij een andere vraag om hulp',
  keyReusedMessage:
    'Deze sleutel is al gebruikt voor een andere vraag om hulp. Laad de pagina opnieuw.',
};

export const complaintDeclarations = {
  complain: publicIntakeRoute({
    path: '/swv/:swv/klachten',
    operationId: 'askComplaintHelp',
    body: { schema: complaintInput, fieldOrder: complaintFieldOrder },
    created: complaintCreated,
    texts: complaintTexts,
  }),
};

export function complaintRoutes(deps: PublicApiDeps) {
  const { complain } = complaintDeclarations;
  const receiveComplaint = receiveIntake(deps, complaintIntake, complaintTexts);
  const limits = publicLimits(deps);
  // The limits after the route's checks: a body the schema refuses costs no write.
  return new Hono().post(complain.path, ...checks(complain), limits.intake, (c) =>
    receiveComplaint(c, c.req.param('swv'), c.req.valid('json'), c.req.valid('header').key),
  );
}
