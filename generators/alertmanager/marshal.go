package alertmanager

import (
	"bytes"
	"fmt"
	"reflect"

	"github.com/prometheus/alertmanager/config"
	"github.com/prometheus/alertmanager/notify/email"
	"github.com/prometheus/alertmanager/notify/opsgenie"
	"github.com/prometheus/alertmanager/notify/pagerduty"
	"github.com/prometheus/alertmanager/notify/slack"
	"github.com/prometheus/alertmanager/notify/webhook"
	yamlv2 "go.yaml.in/yaml/v2"
	"go.yaml.in/yaml/v3"
)

// redacted is what Alertmanager's marshaller writes for a secret-typed
// value.
const redacted = "<secret>"

// marshal writes v, a value of Alertmanager's configuration types, as
// Alertmanager itself writes them (yaml v2 and their MarshalYAML), then
// makes the result loadable by Alertmanager 0.25 as well:
//
//   - Keys whose value is empty (null, "", 0, 0s, [] or {}) are dropped:
//     v0.35's types write some of their fields even when unset, and two of
//     those are unknown to 0.25, which refuses unknown keys (a webhook's
//     and pagerduty's and slack's timeout: 0s, a webhook's url_file: "").
//     Leaving them out changes nothing: unset, they read back as the same
//     empty value. Booleans stay, since false may differ from a default.
//   - A false boolean of a receiver is dropped when the receiver reads the
//     same without it (Alertmanager's default for it is false): v0.35's
//     slack configuration writes update_message and
//     post_updates_to_thread, which 0.25 does not know. Whether the
//     default is false is asked of the receiver type itself, by decoding
//     the receiver with and without the key.
//   - The webhook URL is written as a secret (<secret>) by Alertmanager's
//     marshaller, which shows secrets only when the process-wide
//     commoncfg.MarshalSecretValue is set; obsgen holds no secret there
//     (credentials are files), so it writes the URL from cfg itself.
//
// Any <secret> left after that is an error: a secret value never reaches
// a generated file.
func marshal(header string, v any, cfg *config.Config) ([]byte, error) {
	raw, err := yamlv2.Marshal(v)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) != 1 {
		return nil, fmt.Errorf("marshalled configuration is not one document")
	}
	root := doc.Content[0]
	prune(root)
	if err := pruneDefaultFalse(root); err != nil {
		return nil, err
	}
	if cfg != nil {
		revealWebhookURLs(root, cfg)
	}
	var b bytes.Buffer
	b.WriteString(header)
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	if bytes.Contains(b.Bytes(), []byte(redacted)) {
		return nil, fmt.Errorf("a secret-typed value would be written as %s", redacted)
	}
	return b.Bytes(), nil
}

// prune drops mapping entries whose value is empty, depth first, so that a
// mapping emptied by pruning is dropped too. Mappings are written as
// blocks, and so are lists of them (yaml v2 writes some in flow style).
func prune(n *yaml.Node) {
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode && len(n.Content) > 0 && n.Content[0].Kind != yaml.ScalarNode {
		n.Style &^= yaml.FlowStyle
	}
	switch n.Kind {
	case yaml.SequenceNode:
		for _, c := range n.Content {
			prune(c)
		}
	case yaml.MappingNode:
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			prune(val)
			if empty(val) {
				continue
			}
			kept = append(kept, k, val)
		}
		n.Content = kept
	}
}

// empty reports whether a value reads back as its type's zero value.
func empty(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		return len(n.Content) == 0
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return true
		case "!!int":
			return n.Value == "0"
		case "!!str":
			return n.Value == "" || n.Value == "0s"
		}
	}
	return false
}

// revealWebhookURLs writes each webhook's URL in place of <secret>.
func revealWebhookURLs(root *yaml.Node, cfg *config.Config) {
	receivers := value(root, "receivers")
	if receivers == nil {
		return
	}
	for i, rn := range receivers.Content {
		if i >= len(cfg.Receivers) {
			return
		}
		hooks := value(rn, "webhook_configs")
		if hooks == nil {
			continue
		}
		for j, hn := range hooks.Content {
			if j >= len(cfg.Receivers[i].WebhookConfigs) {
				break
			}
			if u := value(hn, "url"); u != nil {
				u.Value, u.Tag, u.Style = string(cfg.Receivers[i].WebhookConfigs[j].URL), "!!str", 0
			}
		}
	}
}

// value returns the value of key in mapping n, or nil.
func value(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// receiverTypes are the types of the receiver configurations obsgen
// writes, by their key in a receiver.
var receiverTypes = map[string]reflect.Type{
	"webhook_configs":   reflect.TypeFor[webhook.WebhookConfig](),
	"pagerduty_configs": reflect.TypeFor[pagerduty.PagerdutyConfig](),
	"slack_configs":     reflect.TypeFor[slack.SlackConfig](),
	"email_configs":     reflect.TypeFor[email.EmailConfig](),
	"opsgenie_configs":  reflect.TypeFor[opsgenie.OpsGenieConfig](),
}

// pruneDefaultFalse drops each false boolean of a receiver configuration
// that the configuration's type reads back the same without.
func pruneDefaultFalse(root *yaml.Node) error {
	receivers := value(root, "receivers")
	if receivers == nil {
		return nil
	}
	for _, rn := range receivers.Content {
		for key, typ := range receiverTypes {
			list := value(rn, key)
			if list == nil {
				continue
			}
			for _, item := range list.Content {
				if err := dropDefaultFalse(item, typ); err != nil {
					return fmt.Errorf("%s: %w", key, err)
				}
			}
		}
	}
	return nil
}

// dropDefaultFalse drops the false booleans of one mapping that typ reads
// back the same without.
func dropDefaultFalse(n *yaml.Node, typ reflect.Type) error {
	with, err := decodeAs(n, typ)
	if err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); {
		v := n.Content[i+1]
		if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Value != "false" {
			i += 2
			continue
		}
		trial := *n
		trial.Content = append(append([]*yaml.Node(nil), n.Content[:i]...), n.Content[i+2:]...)
		without, err := decodeAs(&trial, typ)
		if err != nil || !reflect.DeepEqual(with, without) {
			i += 2
			continue
		}
		n.Content = trial.Content
	}
	return nil
}

// decodeAs reads a mapping as Alertmanager does: yaml v2, strictly, into a
// new value of typ.
func decodeAs(n *yaml.Node, typ reflect.Type) (any, error) {
	data, err := yaml.Marshal(n)
	if err != nil {
		return nil, err
	}
	v := reflect.New(typ).Interface()
	if err := yamlv2.UnmarshalStrict(data, v); err != nil {
		return nil, err
	}
	return v, nil
}
