package io.github.iec62304.core.read.reqif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@Verifies("TOOL-GOAL-REQIF-IMPORT")
class ReqifReaderTest {

    /** A DOORS-like export: its own types and identifiers, the standard attribute names, formatted text. */
    static final String TOOL_EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd" xmlns:x="http://www.w3.org/1999/xhtml">
              <CORE-CONTENT><REQ-IF-CONTENT>
                <SPEC-TYPES>
                  <SPEC-OBJECT-TYPE IDENTIFIER="t1" LONG-NAME="Requirement" LAST-CHANGE="2026-01-01T00:00:00Z">
                    <SPEC-ATTRIBUTES>
                      <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="a-id" LONG-NAME="ReqIF.ForeignID"/>
                      <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="a-name" LONG-NAME="ReqIF.Name"/>
                      <ATTRIBUTE-DEFINITION-XHTML IDENTIFIER="a-text" LONG-NAME="ReqIF.Text"/>
                      <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="a-key" LONG-NAME="Polarion ID"/>
                    </SPEC-ATTRIBUTES>
                  </SPEC-OBJECT-TYPE>
                </SPEC-TYPES>
                <SPEC-OBJECTS>
                  <SPEC-OBJECT IDENTIFIER="o1" LONG-NAME="REQ-1">
                    <TYPE><SPEC-OBJECT-TYPE-REF>t1</SPEC-OBJECT-TYPE-REF></TYPE>
                    <VALUES>
                      <ATTRIBUTE-VALUE-STRING THE-VALUE="REQ-1"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>a-id</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>
                      <ATTRIBUTE-VALUE-STRING THE-VALUE="PUMP-7"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>a-key</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>
                      <ATTRIBUTE-VALUE-STRING THE-VALUE="Rate &lt;limit&gt;"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>a-name</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>
                      <ATTRIBUTE-VALUE-XHTML><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>a-text</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION>
                        <THE-VALUE><x:div><x:p>The pump   shall <x:b>refuse</x:b>
                           rates &gt; 999.9 mL/h.</x:p><x:p>Second<x:br/>line</x:p><x:object data="a.png">image</x:object></x:div></THE-VALUE>
                      </ATTRIBUTE-VALUE-XHTML>
                    </VALUES>
                  </SPEC-OBJECT>
                  <SPEC-OBJECT IDENTIFIER="o2" LONG-NAME="heading">
                    <TYPE><SPEC-OBJECT-TYPE-REF>t1</SPEC-OBJECT-TYPE-REF></TYPE>
                  </SPEC-OBJECT>
                  <SPEC-OBJECT IDENTIFIER="o3" LONG-NAME="bad id">
                    <TYPE><SPEC-OBJECT-TYPE-REF>t1</SPEC-OBJECT-TYPE-REF></TYPE>
                    <VALUES>
                      <ATTRIBUTE-VALUE-STRING THE-VALUE="REQ 3"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>a-id</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>
                    </VALUES>
                  </SPEC-OBJECT>
                </SPEC-OBJECTS>
              </REQ-IF-CONTENT></CORE-CONTENT>
            </REQ-IF>
            """;

    private static ReqifContent read(String xml, String idAttribute) {
        return new ReqifReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "pump.reqif", idAttribute);
    }

    @Test
    void aToolExportGivesIdsTitlesAndFlattenedText() {
        ReqifContent content = read(TOOL_EXPORT, ReqifReader.FOREIGN_ID);
        assertEquals(List.of(new ReqifRequirement("REQ-1", "Rate <limit>",
                "The pump shall refuse rates > 999.9 mL/h.\nSecond\nline", "o1", 15)), content.requirements());
        assertEquals(List.of("SPEC-OBJECT o2 (line 27): no ReqIF.ForeignID value, so no catalog id",
                "SPEC-OBJECT o3 (line 30): ReqIF.ForeignID 'REQ 3' is not a valid catalog id (letters, digits and "
                        + ". _ : -)"), content.skipped());
    }

    @Test
    void anotherAttributeCanCarryTheId() {
        assertEquals("PUMP-7", read(TOOL_EXPORT, "Polarion ID").requirements().get(0).id());
    }

    @Verifies("TOOL-READ-NO-XXE")
    @Test
    void aDoctypeIsRefusedWithFileAndLine() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE REQ-IF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd">&xxe;</REQ-IF>
                """;
        InputException e = assertThrows(InputException.class, () -> read(hostile, ReqifReader.FOREIGN_ID));
        assertEquals("pump.reqif:2: contains a DOCTYPE, which ReqIF files never have; refusing it (no DTD or external "
                + "entity is read)", e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        InputException e = assertThrows(InputException.class, () -> read("<REQ-IF>&xxe;</REQ-IF>",
                ReqifReader.FOREIGN_ID));
        assertEquals(true, e.getMessage().startsWith("pump.reqif:1: is not a well-formed ReqIF file ("),
                e.getMessage());
    }

    @Test
    void otherXmlAndDuplicateIdsAreRefused() {
        assertEquals("pump.reqif:1: is not a ReqIF file (root element <testsuite>, expected <REQ-IF>)",
                assertThrows(InputException.class, () -> read("<testsuite/>", ReqifReader.FOREIGN_ID))
                        .getMessage());
        String twice = TOOL_EXPORT.replace("THE-VALUE=\"REQ 3\"", "THE-VALUE=\"REQ-1\"");
        assertEquals("pump.reqif:30: ReqIF.ForeignID 'REQ-1' is also the id of the SPEC-OBJECT at line 15; the import "
                + "cannot tell which one the catalog means", assertThrows(InputException.class,
                () -> read(twice, ReqifReader.FOREIGN_ID)).getMessage());
    }
}
