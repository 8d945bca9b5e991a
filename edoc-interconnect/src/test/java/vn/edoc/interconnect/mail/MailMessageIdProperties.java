package vn.edoc.interconnect.mail;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.MessageId;

/**
 * The {@code Message-ID} made from a message id reads back to it for every id, is a valid RFC 5322 message id (a
 * dot-atom on the left), and any header at all, hostile included, reads to an id or to nothing without failing.
 */
class MailMessageIdProperties {

    private static final OrganCode SENDER = OrganCode.parse("000.00.00.H37");

    @Property(tries = 300)
    void everyMessageIdRoundTrips(@ForAll @StringLength(min = 1, max = 128) @CharRange(from = 'a', to = 'z')
                                  @CharRange(from = 'A', to = 'Z') @CharRange(from = '0', to = '9')
                                  @Chars({'.', '-', '_', ':', '/', '@', '+', '='}) String value) {
        MessageId id = MessageId.of(value);
        String header = MailTransport.mailMessageId(SENDER, id);
        String left = header.substring(1, header.lastIndexOf('@'));
        assertThat(left).matches("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
        assertThat(MailTransport.messageIdOf(header)).contains(id);
    }

    @Property(tries = 300)
    void anyHeaderReadsWithoutFailing(@ForAll @StringLength(max = 300) String header) {
        assertThat(MailTransport.messageIdOf(header)).isNotNull();
        assertThat(MailTransport.messageIdOf("<" + header + "@x.edoc>")).isNotNull();
    }
}
