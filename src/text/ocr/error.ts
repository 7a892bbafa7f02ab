/** Why OCR could not read a picture, in words for the user (the language data missing, a picture it cannot take). */
export class OcrError extends Error {}
