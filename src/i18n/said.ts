/** A message and what to do about it: what every check reports. */
export interface Said {
  message: string;
  hint: string;
}
