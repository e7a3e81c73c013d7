{
  '#withReceiver': { ignore: true },
  '#withContactPoint': super['#withReceiver'],
  withContactPoint: super.withReceiver,

  '#withRoutes': { ignore: true },
  '#withPolicy': super['#withRoutes'],
  withPolicy: super.withRoutes,
  '#withRoutesMixin': { ignore: true },
  '#withPolicyMixin': super['#withRoutesMixin'],
  withPolicyMixin: super.withRoutesMixin,
}
