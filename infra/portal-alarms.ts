import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { PortalHttpApi } from './http-api.ts';
import type { PortalFunction } from './node-function.ts';
import { OperatorAlerts } from './operator-alerts.ts';

/** The namespace of the metrics the stack derives from the portal's own log lines. */
export const portalMetricsNamespace = 'SteunpuntPortaal';

/** The retention job runs hourly; this many hours without a successful run is an alarm. */
export const retentionJobMaxHoursWithoutSuccess = 3;

export interface PortalAlarmsProps {
  operatorEmail: string;
  httpApi: PortalHttpApi;
  mailWorker: PortalFunction;
  retentionJob: PortalFunction;
}

/**
 * What the operator hears about (README, "In AWS", what to watch): the API answering 5xx,
 * the mail worker failing or marking mails failed, requests refused with 429 (the route
 * throttles and the application's own limits), and the retention job (monitor facts and
 * erasures of personal data past their term) not finishing a run for hours.
 */
export class PortalAlarms extends Construct {
  readonly alerts: OperatorAlerts;
  readonly apiServerErrors: cloudwatch.Alarm;
  readonly apiTooManyRequests: cloudwatch.Alarm;
  readonly mailWorkerErrors: cloudwatch.Alarm;
  readonly mailsFailed: cloudwatch.Alarm;
  readonly retentionJobStalled: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: PortalAlarmsProps) {
    super(scope, id);
    const alerts = new OperatorAlerts(this, 'Alerts', { operatorEmail: props.operatorEmail });
    this.alerts = alerts;
    const fiveMinutes = Duration.minutes(5);

    this.apiServerErrors = alerts.countAlarm('ApiServerErrors', {
      description:
        'The API answered 5xx. Look for "api.error" lines in the log groups of the API’s functions ' +
        '(they name the route and the error, never personal data).',
      metric: props.httpApi.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
      threshold: 3,
    });

    // An HTTP API has no 429 metric of its own: count them in its access log.
    const tooMany = new logs.MetricFilter(this, 'TooManyRequestsFilter', {
      logGroup: props.httpApi.accessLogs,
      filterPattern: logs.FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: portalMetricsNamespace,
      metricName: 'ApiTooManyRequests',
      metricValue: '1',
      defaultValue: 0,
    });
    this.apiTooManyRequests = alerts.countAlarm('ApiTooManyRequests', {
      description:
        'Many API requests were refused with 429: a route throttle or one of the portal’s own ' +
        'limits (questions per client, mails per address) held back a flood. Parents who are ' +
        'refused read whom to call instead. Look at the access log for the route and addresses.',
      metric: tooMany.metric({ period: fiveMinutes, statistic: 'Sum' }),
      threshold: 50,
    });

    // The worker runs every minute and a failed run is repeated by the next: several failed
    // runs in a row mean mail is not going out.
    this.mailWorkerErrors = alerts.countAlarm('MailWorkerErrors', {
      description:
        'The mail worker failed in several runs: mails wait in the outbox. Look at the worker’s ' +
        'log group; mails are sent once it runs again.',
      metric: props.mailWorker.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
      threshold: 3,
    });

    // functions/mail/mail-worker.ts logs `mail.failed` when it gives a mail up for good.
    const failedMails = new logs.MetricFilter(this, 'MailFailedFilter', {
      logGroup: props.mailWorker.logGroup,
      filterPattern: logs.FilterPattern.stringValue('$.event', '=', 'mail.failed'),
      metricNamespace: portalMetricsNamespace,
      metricName: 'MailsFailed',
      metricValue: '1',
      defaultValue: 0,
    });
    this.mailsFailed = alerts.countAlarm('MailsFailed', {
      description:
        'The mail worker gave up on a mail (SES refused it or every attempt failed). Its ' +
        '"mail.failed" log line names the mail id, the template and the error.',
      metric: failedMails.metric({ period: fiveMinutes, statistic: 'Sum' }),
      threshold: 1,
    });

    // Successful runs = invocations - errors (a timeout counts as an error). No run at all
    // gives no data, which counts as breaching: the schedule or the function is broken.
    const window = Duration.hours(retentionJobMaxHoursWithoutSuccess);
    const job = props.retentionJob.function;
    this.retentionJobStalled = alerts.alarm('RetentionJobStalled', {
      description:
        `The retention job has not finished a run for ${retentionJobMaxHoursWithoutSuccess} hours: ` +
        'personal data past its term is not being erased and the monitor falls behind. ' +
        'Look at the job’s log group and its EventBridge schedule.',
      metric: new cloudwatch.MathExpression({
        expression: 'FILL(invocations, 0) - FILL(errors, 0)',
        usingMetrics: {
          invocations: job.metricInvocations({ period: window, statistic: 'Sum' }),
          errors: job.metricErrors({ period: window, statistic: 'Sum' }),
        },
        period: window,
        label: 'Successful retention runs',
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }
}
