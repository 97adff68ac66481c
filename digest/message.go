package digest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Envelope is who a message is from and to, and how to leave the list.
type Envelope struct {
	From string // the sender address, from feeds.yaml
	To   string
	// Unsubscribe is an extra List-Unsubscribe target (an https URL); a
	// mailto: to From with subject "unsubscribe" is always given.
	Unsubscribe string
}

// MessageID is the Message-ID of the digest of to for day, without angle
// brackets. It is derived from the two, not random, so the same digest
// sent twice (a retry after a crash) carries the same ID and a receiving
// mail store can tell it is one message.
func MessageID(from, to, day string) string {
	h := sha256.Sum256([]byte(strings.ToLower(to) + "\x00" + day))
	domain := "claimwatch.invalid"
	if a, err := mail.ParseAddress(from); err == nil {
		if _, d, ok := strings.Cut(a.Address, "@"); ok {
			domain = d
		}
	}
	return fmt.Sprintf("digest.%s.%s@%s", day, hex.EncodeToString(h[:8]), domain)
}

// Message builds the MIME message of a rendered digest, dated date: a
// multipart/alternative of text and HTML, the HTML in a multipart/related
// with its charts as inline PNGs referred to by cid (text only when the
// subscriber asked for text).
func Message(r Rendered, env Envelope, day string, date time.Time) ([]byte, error) {
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := m.From(env.From); err != nil {
		return nil, fmt.Errorf("digest sender %q: %w", env.From, err)
	}
	if err := m.To(env.To); err != nil {
		return nil, fmt.Errorf("digest recipient %q: %w", env.To, err)
	}
	m.Subject(r.Subject)
	m.SetMessageIDWithValue(MessageID(env.From, env.To, day))
	m.SetDateWithValue(date)
	m.SetUserAgent("claimwatch")
	unsub := "<mailto:" + addrOnly(env.From) + "?subject=unsubscribe>"
	if env.Unsubscribe != "" {
		unsub += ", <" + env.Unsubscribe + ">"
	}
	m.SetGenHeader("List-Unsubscribe", unsub)
	m.SetGenHeader("List-Id", "claimwatch daily digest <digest.claimwatch>")
	m.SetGenHeader("Auto-Submitted", "auto-generated")
	m.SetBulk()
	// Quoted-printable keeps the text readable in a raw .eml and safe for
	// 7-bit servers; Chinese goes through as UTF-8 bytes encoded.
	m.SetBodyString(gomail.TypeTextPlain, r.Text, gomail.WithPartEncoding(gomail.EncodingQP), gomail.WithPartCharset(gomail.CharsetUTF8))
	if r.HTML != "" {
		m.AddAlternativeString(gomail.TypeTextHTML, r.HTML, gomail.WithPartEncoding(gomail.EncodingQP), gomail.WithPartCharset(gomail.CharsetUTF8))
		for _, img := range r.Images {
			if err := m.EmbedReader(img.Name, bytes.NewReader(img.PNG),
				gomail.WithFileContentID("<"+img.ID+">"), gomail.WithFileContentType("image/png")); err != nil {
				return nil, fmt.Errorf("embed chart: %w", err)
			}
		}
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("write digest message: %w", err)
	}
	return b.Bytes(), nil
}

func addrOnly(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return a.Address
	}
	return s
}
