package io.github.iec62304.core.read.reqif;

/**
 * One requirement as a requirements management tool exported it.
 *
 * @param id         its catalog id (the ReqIF.ForeignID, or the attribute the import names)
 * @param title      its ReqIF.Name (else ReqIF.ChapterName, else the object's LONG-NAME), or {@code null}
 * @param text       its ReqIF.Text as plain text (see {@link XhtmlText}), or {@code null}
 * @param identifier the SPEC-OBJECT's IDENTIFIER in the tool
 * @param line       the line of its SPEC-OBJECT in the file
 */
public record ReqifRequirement(String id, String title, String text, String identifier, int line) {
}
