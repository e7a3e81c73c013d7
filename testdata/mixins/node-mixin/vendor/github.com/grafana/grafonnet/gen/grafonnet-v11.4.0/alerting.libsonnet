// This file is generated, do not manually edit.
{
  '#': { help: 'grafonnet.alerting', name: 'alerting' },
  contactPoint: import 'clean/alerting/contactPoint.libsonnet',
  notificationPolicy: import 'clean/alerting/notificationPolicy.libsonnet',
  muteTiming: import 'clean/alerting/muteTiming.libsonnet',
  ruleGroup: import 'clean/alerting/ruleGroup.libsonnet',
  notificationTemplate: import 'clean/alerting/notificationTemplate.libsonnet',
}
