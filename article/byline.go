package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// bylineRules find a Chinese page's author where no meta tag names one: a
// labelled name in the page's text, the writer's label first, then the
// reporter's, then the editor's (Chinese portals credit the editor who
// posted a story where English sites credit nobody).
var bylineRules = []*regexp.Regexp{
	regexp.MustCompile(`(?:作者|執筆人|执笔人|撰文|撰稿)\s*[:：]\s*` + reNames + reNameEnd),
	regexp.MustCompile(`(?:^|[^\p{Han}])文\s*[/／]\s*` + reNames + reNameEnd),
	// 记者 opens a byline after a paper's name (本报记者, 新华社记者) or a
	// bracket; inside a sentence it is the subject ("记者了解到").
	regexp.MustCompile(`(?:^|[^\p{Han}]|[报報社台网網])(?:记者|記者|通讯员|通訊員)\s*[:：]?\s*` + reNames + reNameEnd),
	regexp.MustCompile(`(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*` + reNames + reNameEnd),
}

// reNames is one to five names of two to four Han characters (or a Latin
// pen name) separated by spaces or 、; reNameEnd is what may follow a
// name, so that a label in running text ("记者近日从…") finds none.
const (
	reNames   = `((?:\p{Han}{2,4}|[A-Za-z][\w.&-]{2,20})(?:[ 　、,，]+\p{Han}{2,4}){0,4})`
	reNameEnd = `(?:$|[\s　）)\]】/／|,，。;；:：]|发自|發自|报道|報道|摄|攝)`
)

// notNames are words the rules capture when a label is followed by
// something other than a name.
var notNames = []string{"来源", "來源", "发布", "發布", "发自", "發自", "报道", "報道", "报导", "報導", "简介", "簡介",
	"文章", "其他", "更多", "信箱", "邮箱", "郵箱", "专栏", "專欄", "出版", "本报", "本報", "近日", "日前", "获悉", "獲悉",
	"表示", "了解", "采访", "採訪", "时间", "時間", "日期", "阅读", "閱讀", "出自", "点击", "點擊", "从", "從", "在", "的"}

// findByline returns the first name a byline rule finds in text, trying
// the rules in order.
func findByline(text string) string {
	for _, re := range bylineRules {
		for _, m := range re.FindAllStringSubmatch(text, 20) {
			if names := cleanNames(m[1]); names != "" {
				return names
			}
		}
	}
	return ""
}

// cleanNames keeps the run of plausible names at the start of s: a second
// name must be two or three characters long, since a four-character word
// after a name is more often the next sentence than a name.
func cleanNames(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" 　、,，", r) })
	var out []string
	for i, p := range parts {
		if slices.ContainsFunc(notNames, func(w string) bool { return strings.HasPrefix(p, w) }) {
			break
		}
		if i > 0 && utf8.RuneCountInString(p) > 3 {
			break
		}
		out = append(out, p)
	}
	return strings.Join(out, " ")
}

// plausibleByline rejects what meta tags put in an author field that is not
// a person: a site's or software team's name, a list of keywords, an ID.
func plausibleByline(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 || strings.Count(s, ",")+strings.Count(s, ";") >= 2 || strings.Contains(strings.ToLower(s), "www") ||
		strings.Contains(s, "http") {
		return false
	}
	for _, w := range []string{"Team", "该作者", "該作者", "能力值", "网络", "網絡", "Copyright", "版权", "版權"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	// an account ID such as L_104485
	return !regexp.MustCompile(`^[A-Za-z]{0,3}_?\d{3,}$`).MatchString(s)
}

// cleanBylineLabel strips the label a byline field may carry: "By Jane
// Doe", "作者：张三".
func cleanBylineLabel(s string) string {
	s = collapseSpace(s)
	for _, p := range []string{"By ", "by ", "作者：", "作者:", "作者 ", "文/", "文／"} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}
