import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface OperatorAlertsProps {
  /** The operator's address (context value `operatorEmail`). */
  operatorEmail: string;
}

export interface OperatorAlarmProps {
  /** What went wrong and what to look at, in the mail the operator gets. */
  description: string;
  metric: cloudwatch.IMetric;
  threshold: number;
  comparisonOperator: cloudwatch.ComparisonOperator;
  /** How a period without data counts; a job that did not run has no data at all. */
  treatMissingData: cloudwatch.TreatMissingData;
  evaluationPeriods?: number;
}

/**
 * The operator's mailbox for one region: an SNS topic with an e-mail subscription, and a
 * way to declare an alarm that mails it when it fires and when it is over. CloudWatch can
 * only notify a topic in the alarm's own region, so each stack with alarms has one.
 */
export class OperatorAlerts extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperatorAlertsProps) {
    super(scope, id);
    // Not encrypted with KMS: the messages hold alarm names, metric values and times, never
    // personal data, and CloudWatch cannot publish to a topic under the AWS managed SNS key.
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Steunpunt-portaal alarms',
      enforceSSL: true,
    });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.operatorEmail));
  }

  /** An alarm that mails the operator when it fires and again when it is resolved. */
  alarm(id: string, props: OperatorAlarmProps): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      comparisonOperator: props.comparisonOperator,
      evaluationPeriods: props.evaluationPeriods ?? 1,
      treatMissingData: props.treatMissingData,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }

  /**
   * An alarm on a count of bad things (errors, refusals, blocked requests): it fires when
   * the count reaches `threshold` in a period, and a period without data means none happened.
   */
  countAlarm(
    id: string,
    props: Pick<OperatorAlarmProps, 'description' | 'metric' | 'threshold'>,
  ): cloudwatch.Alarm {
    return this.alarm(id, {
      ...props,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
