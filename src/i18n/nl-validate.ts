import { validateEn, type ValidateMessages } from './en-validate.js';
export const validateNl: ValidateMessages = validateEn;
