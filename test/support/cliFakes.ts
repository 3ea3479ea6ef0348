/** For CLI runs that never reach `check`: a call would be a bug in the dispatcher. */
export const unreachableCheck = (): never => {
  throw new Error('check was not expected here');
};
