package crawler

import (
	"math/bits"
	"testing"
)

func TestFingerprintFindsRepublishedStories(t *testing.T) {
	en := "OpenAI's losses roughly doubled to around $540 million last year as it developed ChatGPT and hired key employees from Google, according to three people with knowledge of the startup's financials. The previously unreported figure reflects the steep costs of training its machine-learning models as it began to commercialize them."
	zh := "據知情人士透露，OpenAI去年的虧損大約翻了一番，達到約5.4億美元，原因是開發ChatGPT以及從谷歌招聘關鍵員工。此前未報道的數字反映了訓練機器學習模型的高昂成本。"
	for _, tc := range []struct {
		name string
		a, b string
		near bool
	}{
		{"same text", en, en, true},
		{"republished with a byline and footer", en, "By Staff Writer. " + en + " Read more.", true},
		{"chinese republished", zh, "本報訊 " + zh, true},
		{"different stories", en, "Nvidia reported record data center revenue of $10.32 billion for the second quarter, up 141% from the previous quarter and 171% from a year ago, as demand for its AI chips soared.", false},
		{"different chinese stories", zh, "輝達第二季營收達到135億美元，創下歷史新高，資料中心業務營收年增171%，主要受惠於人工智慧晶片需求大增，市場預期下一季仍將成長。", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Fingerprint(tc.a), Fingerprint(tc.b)
			if Near(a, b) != tc.near {
				t.Errorf("Near = %v (%d bits apart), want %v", !tc.near, bits.OnesCount64(a^b), tc.near)
			}
		})
	}
}
