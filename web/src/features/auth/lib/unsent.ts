/**
 * Query parameter of /accedi after a sign-out that kept the device cache because records saved
 * offline could not be sent yet: the sign-in page says so.
 */
export const UNSENT_PARAM = 'dati-non-inviati';
