/** Texts shared by several components. */
export const commonMessages = {
  ticketTypeBug: 'Report bug or problem',
  ticketTypeBugDescription: 'Something in the product is not working as intended.',
  ticketTypeServiceRequest: 'Service request',
  ticketTypeServiceRequestDescription:
    'Help with configuration, access or information, where nothing is broken.',
  ticketTypeFeature: 'Request feature or enhancement',
  ticketTypeFeatureDescription: 'An improvement or addition to what the product does.',
  statusCategoryOpen: 'Open',
  statusCategoryWaitingForUser: 'Waiting for you',
  statusCategoryResolved: 'Resolved',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  loading: 'Loading…',
  errorNetwork: 'The support service could not be reached. Check your connection and try again.',
  errorTimeout: 'The support service took too long to answer. Try again.',
  errorUnauthorized: 'Your session has expired. Sign in again, then try again.',
  errorForbidden: 'You do not have permission to do this.',
  errorAccessDisabled: 'Support tickets are turned off for your account.',
  errorNotFound: 'This ticket does not exist or you cannot see it.',
  errorInvalid: 'Some fields need attention.',
  errorRateLimited: (p: { seconds: number }) =>
    p.seconds > 0
      ? `Too many requests. You can try again in ${p.seconds} seconds.`
      : 'Too many requests. You can try again now.',
  errorUnavailable: 'The support service is unavailable right now. Try again in a few minutes.',
  errorUnknown: 'Something went wrong. Try again.',
};
