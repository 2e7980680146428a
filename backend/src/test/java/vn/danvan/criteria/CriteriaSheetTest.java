package vn.danvan.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reader of the template's sheet, without the server: the template reads back as its example rows. */
class CriteriaSheetTest {

    @Test
    void theTemplateReadsBackAsItsExamples() {
        CriteriaSheet.Parsed parsed = CriteriaSheet.read(CriteriaWorkbook.template());
        assertEquals(2, parsed.groups().size());
        assertEquals(3, parsed.criteria().size());
        assertEquals("1.1", parsed.criteria().get(0).indicators().get(0).code());
    }
}
