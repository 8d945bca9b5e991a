package vn.edoc.interconnect.edxml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * The XML machinery: Woodstox, configured through Jackson's {@link XmlFactory}, hardened against hostile input (no
 * DTD, no external entity, no entity expansion) and set to hand over long text in pieces, so that attachment
 * content streams. The names of QCVN 102:2016 and XML-DSig are here too.
 */
final class XmlSupport {

    /** The QCVN 102:2016 namespace. */
    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** The XML-DSig namespace. */
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    /** The prefix the official SDK uses, which some axis endpoints require. */
    static final String PREFIX = "edXML";

    /** Characters handed over per text event, at most: the parser's input buffer. */
    static final int TEXT_CHUNK = 64 * 1024;

    private XmlSupport() {
    }

    /** A factory for one reader: Woodstox behind Jackson's XmlFactory, limits applied. */
    static XMLInputFactory2 inputFactory(EdxmlLimits limits) {
        // Jackson's XmlFactory turns coalescing on (its token stream wants whole values): configure after it
        XMLInputFactory2 in = (XMLInputFactory2) XmlFactory.builder().xmlInputFactory(new WstxInputFactory())
                .xmlOutputFactory(new WstxOutputFactory()).build().getXMLInputFactory();
        in.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        in.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        in.setProperty(XMLInputFactory.IS_VALIDATING, false);
        in.setProperty(XMLInputFactory.IS_COALESCING, false);
        in.setProperty(XMLInputFactory2.P_LAZY_PARSING, true);
        in.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        in.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, true);
        in.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, TEXT_CHUNK);
        in.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, 64);
        in.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth() + 1);
        in.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        // namespace declarations are attributes to Woodstox: never below what a namespace URI needs
        in.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, Math.max(limits.maxFieldLength(), 1024));
        in.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, Integer.MAX_VALUE);
        in.setProperty(WstxInputProperties.P_MAX_CHARACTERS, Long.MAX_VALUE);
        in.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) limits.maxElements() + 1);
        in.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return in;
    }

    /** A factory for writers: Woodstox behind Jackson's XmlFactory, carriage returns escaped. */
    static XMLOutputFactory outputFactory() {
        XMLOutputFactory out = XmlFactory.builder().xmlInputFactory(new WstxInputFactory())
                .xmlOutputFactory(new WstxOutputFactory()).build().getXMLOutputFactory();
        out.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        out.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
        out.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, true);
        return out;
    }

    /** True when {@code c} may appear in an XML 1.0 document (surrogate pairs checked by the caller). */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
