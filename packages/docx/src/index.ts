/**
 * @mrlint/docx: read Word .docx files into mrlint's document model, and
 * write a review back into a copy of the document as Word comments.
 */
export { readDocx, readDocxDetailed, type ReadDocxOptions, type DocxReading } from "./read/read-docx.js";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./package/open-package.js";
export { docxErrorMessage, type DocxErrorCode, type DocxErrorData } from "./messages.js";
export { writeReview, ruleInfoFrom, type ReviewFindings, type ReviewOptions } from "./review/write-review.js";
export type { RuleInfo } from "./review/review-text.js";
export { writeReviewFile, writeFileAtomic, type ReviewFileOptions } from "./review/write-review-file.js";
export { reviewDocxFile, type ReviewDocxFileOptions, type ReviewDocxFileResult } from "./review/review-docx-file.js";
export { MARKER as REVIEW_MARKER } from "./review/review-text.js";
export { scanBody } from "./body/scan-body.js";
export type { BodyParagraph, BodyScan, CommentMark, TextAtom, RunInfo } from "./body/types.js";
