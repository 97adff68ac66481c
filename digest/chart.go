package digest

import (
	"bytes"
	"cmp"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"slices"
	"strings"

	"github.com/claimwatch/claimwatch/verify"
)

// A chart is a PNG, not SVG, because many mail clients (Gmail, Outlook) do
// not show SVG. Its labels are drawn with the small bitmap font below, which
// has Latin capitals, digits and a few signs only: a chart never needs a
// CJK font, and the Chinese side of a figure is in the HTML around it.

// Bar is one bar of a chart.
type Bar struct {
	Label string
	Value float64
	Text  string // the value as shown
}

// ChartBars are the bars of a fact's chart: one per source (the median of
// what its articles say), in the fact's unit (US dollars for money), with
// the fact's verdict figure drawn as a line.
func ChartBars(f verify.Fact) []Bar {
	per := map[string][]float64{}
	for _, c := range f.Claims {
		v := c.Value
		if c.ValueUSD != 0 {
			v = c.ValueUSD
		}
		per[c.Source] = append(per[c.Source], v)
	}
	var bars []Bar
	for s, vs := range per {
		slices.Sort(vs)
		v := vs[len(vs)/2]
		bars = append(bars, Bar{Label: s, Value: v, Text: FormatFigure(v, f.Unit)})
	}
	slices.SortFunc(bars, func(a, b Bar) int { return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Label, b.Label)) })
	return bars
}

// Chart geometry, in pixels at scale 1; the image is drawn at 2× for
// sharp text on high-density screens and shown at Width.
const (
	chartWidth = 320
	barHeight  = 14
	barGap     = 6
	labelWidth = 110
	scale      = 2
)

// ChartWidth is the width, in CSS pixels, a chart should be shown at.
const ChartWidth = chartWidth

// Chart draws a horizontal bar chart of bars, with mark (the fact's
// figure) as a vertical line; it returns PNG bytes and the height in CSS
// pixels.
func Chart(bars []Bar, mark float64) ([]byte, int, error) {
	h := barGap + len(bars)*(barHeight+barGap)
	img := image.NewRGBA(image.Rect(0, 0, chartWidth*scale, h*scale))
	fill(img, img.Bounds(), color.RGBA{0xff, 0xff, 0xff, 0xff})
	maxV := mark
	for _, b := range bars {
		maxV = math.Max(maxV, math.Abs(b.Value))
	}
	if maxV == 0 {
		maxV = 1
	}
	textW := 10 * glyphAdvance // room for the value after the bar
	span := chartWidth - labelWidth - textW - 4
	barColor := color.RGBA{0x3b, 0x6e, 0xa8, 0xff}
	ink := color.RGBA{0x22, 0x22, 0x22, 0xff}
	for i, b := range bars {
		y := barGap + i*(barHeight+barGap)
		drawText(img, 2, y+(barHeight-glyphHeight)/2, truncate(b.Label, (labelWidth-6)/glyphAdvance), ink)
		w := int(math.Round(math.Abs(b.Value) / maxV * float64(span)))
		w = max(w, 1)
		fill(img, rect(labelWidth, y, labelWidth+w, y+barHeight), barColor)
		drawText(img, labelWidth+w+4, y+(barHeight-glyphHeight)/2, b.Text, ink)
	}
	if mark > 0 {
		x := labelWidth + int(math.Round(mark/maxV*float64(span)))
		for y := 0; y < h; y += 4 {
			fill(img, rect(x, y, x+1, y+2), color.RGBA{0xc0, 0x39, 0x2b, 0xff})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, 0, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), h, nil
}

func rect(x0, y0, x1, y1 int) image.Rectangle {
	return image.Rect(x0*scale, y0*scale, x1*scale, y1*scale)
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "~"
}

const (
	glyphHeight  = 7
	glyphAdvance = 6
)

// drawText draws s in the bitmap font, upper-cased; a character the font
// lacks is drawn as "?".
func drawText(img *image.RGBA, x, y int, s string, c color.RGBA) {
	for _, r := range strings.ToUpper(s) {
		g, ok := font[r]
		if !ok {
			g = font['?']
		}
		for row, line := range g {
			for col, px := range line {
				if px == '#' {
					fill(img, rect(x+col, y+row, x+col+1, y+row+1), c)
				}
			}
		}
		x += glyphAdvance
	}
}

// font is a 5×7 bitmap font: enough for source names (lower-case letters,
// digits, . _ -) and figures ($1.2B, 45%, 120M).
var font = map[rune][7]string{
	' ': {"     ", "     ", "     ", "     ", "     ", "     ", "     "},
	'0': {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "},
	'1': {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "},
	'2': {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"},
	'3': {"#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "},
	'4': {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "},
	'5': {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "},
	'6': {"  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "},
	'7': {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "},
	'8': {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "},
	'9': {" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "},
	'A': {" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"},
	'B': {"#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "},
	'C': {" ### ", "#   #", "#    ", "#    ", "#    ", "#   #", " ### "},
	'D': {"###  ", "#  # ", "#   #", "#   #", "#   #", "#  # ", "###  "},
	'E': {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"},
	'F': {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    "},
	'G': {" ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ####"},
	'H': {"#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"},
	'I': {" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "},
	'J': {"  ###", "   # ", "   # ", "   # ", "   # ", "#  # ", " ##  "},
	'K': {"#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"},
	'L': {"#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"},
	'M': {"#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"},
	'N': {"#   #", "#   #", "##  #", "# # #", "#  ##", "#   #", "#   #"},
	'O': {" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "},
	'P': {"#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    "},
	'Q': {" ### ", "#   #", "#   #", "#   #", "# # #", "#  # ", " ## #"},
	'R': {"#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"},
	'S': {" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "},
	'T': {"#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "},
	'U': {"#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "},
	'V': {"#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  "},
	'W': {"#   #", "#   #", "#   #", "# # #", "# # #", "# # #", " # # "},
	'X': {"#   #", "#   #", " # # ", "  #  ", " # # ", "#   #", "#   #"},
	'Y': {"#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "},
	'Z': {"#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####"},
	'.': {"     ", "     ", "     ", "     ", "     ", " ##  ", " ##  "},
	',': {"     ", "     ", "     ", "     ", " ##  ", "  #  ", " #   "},
	'-': {"     ", "     ", "     ", "#####", "     ", "     ", "     "},
	'_': {"     ", "     ", "     ", "     ", "     ", "     ", "#####"},
	'$': {"  #  ", " ####", "# #  ", " ### ", "  # #", "#### ", "  #  "},
	'%': {"##   ", "##  #", "   # ", "  #  ", " #   ", "#  ##", "   ##"},
	'/': {"     ", "    #", "   # ", "  #  ", " #   ", "#    ", "     "},
	':': {"     ", " ##  ", " ##  ", "     ", " ##  ", " ##  ", "     "},
	'~': {"     ", "     ", " #   ", "# # #", "   # ", "     ", "     "},
	'?': {" ### ", "#   #", "    #", "   # ", "  #  ", "     ", "  #  "},
}

// FormatFigure writes v in unit the way the digest shows figures: $540M,
// 1.2B users, 45%.
func FormatFigure(v float64, unit string) string {
	switch unit {
	case "percent":
		return trimFloat(v, 1) + "%"
	case "count", "":
		return short(v)
	case "USD":
		return "$" + short(v)
	default:
		return short(v) + " " + unit
	}
}

func short(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return trimFloat(v/1e12, 2) + "T"
	case a >= 1e9:
		return trimFloat(v/1e9, 2) + "B"
	case a >= 1e6:
		return trimFloat(v/1e6, 2) + "M"
	case a >= 1e4:
		return trimFloat(v/1e3, 1) + "K"
	}
	return trimFloat(v, 2)
}

func trimFloat(v float64, prec int) string {
	s := fmt.Sprintf("%.*f", prec, v)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
