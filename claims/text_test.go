package claims

import (
	"testing"
	"time"
)

func TestFoldMakesSimplifiedLowerCaseWithTheSameOffsets(t *testing.T) {
	loadT2S()
	tests := []struct{ in, want string }{
		{"ChatGPT每天的運營成本", "chatgpt每天的运营成本"},
		{"據外媒報道，微軟虧損", "据外媒报道，微软亏损"},
		{"英偉達 H100", "英伟达 h100"},
	}
	for _, tt := range tests {
		got := fold(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("fold(%q) = %q (len %d), want %q (len %d)", tt.in, got, len(got), tt.want, len(tt.in))
		}
	}
}

func TestSentencesSplitAtChineseAndEnglishEnds(t *testing.T) {
	s := "OpenAI lost $5bn in 2024. The U.S. market grew 5.4%! 今年5月虧損達到5.4億美元。微軟投資100億美元"
	var got []string
	for _, sp := range sentences(s) {
		got = append(got, s[sp.start:sp.end])
	}
	want := []string{"OpenAI lost $5bn in 2024.", "The U.S. market grew 5.4%!", "今年5月虧損達到5.4億美元。", "微軟投資100億美元"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestFindTimesResolvesAgainstTheArticleDate(t *testing.T) {
	pub := time.Date(2023, 8, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct{ in, want string }{
		{"今年5月", "2023-05"}, {"去年", "2022"}, {"明年", "2024"}, {"上半年", "2023-H1"}, {"2024年下半年", "2024-H2"},
		{"第三季度", "2023-Q3"}, {"6月份", "2023-06"}, {"7月", "2023-07"}, {"2022年3月", "2022-03"},
		{"last year", "2022"}, {"this year", "2023"}, {"in July", "2023-07"}, {"May 2021", "2021-05"},
		{"Q3", "2023-Q3"}, {"Q3 2025", "2025-Q3"}, {"FY2025", "FY2025"}, {"fiscal 2026", "FY2026"},
		{"the third quarter of fiscal 2025", "FY2025-Q3"}, {"in 2024", "2024"}, {"2025財年", "FY2025"},
	}
	for _, tt := range tests {
		norm := fold(tt.in)
		ts := findTimes(norm, tt.in, span{0, len(tt.in)}, pub)
		if len(ts) != 1 || ts[0].value != tt.want {
			t.Errorf("findTimes(%q) = %+v, want %s", tt.in, ts, tt.want)
		}
	}
}
