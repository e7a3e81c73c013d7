{
  '#withTimeIntervals': { ignore: true },
  '#withIntervals': super['#withTimeIntervals'],
  withIntervals: super.withTimeIntervals,
  '#withTimeIntervalsMixin': { ignore: true },
  '#withIntervalsMixin': super['#withTimeIntervalsMixin'],
  withIntervalsMixin: super.withTimeIntervalsMixin,
}
