package alertmanager

import (
	"fmt"
	"net"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/alertmanager/config"
	amcommoncfg "github.com/prometheus/alertmanager/config/common"
	"github.com/prometheus/alertmanager/notify/email"
	"github.com/prometheus/alertmanager/notify/opsgenie"
	"github.com/prometheus/alertmanager/notify/pagerduty"
	"github.com/prometheus/alertmanager/notify/slack"
	"github.com/prometheus/alertmanager/notify/webhook"
	commoncfg "github.com/prometheus/common/config"
)

// sendResolvedDefault is each kind's Alertmanager default for
// send_resolved, used when the spec does not say.
var sendResolvedDefault = map[string]bool{
	catalogue.ReceiverWebhook:   true,
	catalogue.ReceiverPagerDuty: true,
	catalogue.ReceiverOpsGenie:  true,
	catalogue.ReceiverSlack:     false,
	catalogue.ReceiverEmail:     false,
}

// receiver builds one receiver of the organisation. Secrets are only ever
// files Alertmanager reads: the spec holds no secret value.
func receiver(r *catalogue.Receiver) (config.Receiver, error) {
	out := config.Receiver{Name: r.Name}
	resolved := sendResolvedDefault[r.Kind]
	if r.SendResolved != nil {
		resolved = *r.SendResolved
	}
	notifier := amcommoncfg.NotifierConfig{VSendResolved: resolved}
	switch r.Kind {
	case catalogue.ReceiverWebhook:
		wc := &webhook.WebhookConfig{NotifierConfig: notifier, URL: amcommoncfg.SecretTemplateURL(r.URL)}
		if r.CredentialsFile != "" {
			hc := commoncfg.DefaultHTTPClientConfig
			hc.Authorization = &commoncfg.Authorization{Type: "Bearer", CredentialsFile: r.CredentialsFile}
			wc.HTTPConfig = &hc
		}
		out.WebhookConfigs = append(out.WebhookConfigs, wc)
	case catalogue.ReceiverPagerDuty:
		out.PagerdutyConfigs = append(out.PagerdutyConfigs, &pagerduty.PagerdutyConfig{NotifierConfig: notifier, RoutingKeyFile: r.RoutingKeyFile})
	case catalogue.ReceiverSlack:
		out.SlackConfigs = append(out.SlackConfigs, &slack.SlackConfig{NotifierConfig: notifier, APIURLFile: r.APIURLFile, Channel: r.Channel})
	case catalogue.ReceiverEmail:
		host, port, err := net.SplitHostPort(r.Smarthost)
		if err != nil {
			return out, fmt.Errorf("receiver %s: smarthost %q: %w", r.Name, r.Smarthost, err)
		}
		out.EmailConfigs = append(out.EmailConfigs, &email.EmailConfig{
			NotifierConfig: notifier, To: r.To, From: r.From,
			Smarthost:    amcommoncfg.HostPort{Host: host, Port: port},
			AuthUsername: r.AuthUsername, AuthPasswordFile: r.AuthPasswordFile,
		})
	case catalogue.ReceiverOpsGenie:
		out.OpsGenieConfigs = append(out.OpsGenieConfigs, &opsgenie.OpsGenieConfig{NotifierConfig: notifier, APIKeyFile: r.APIKeyFile})
	default:
		return out, fmt.Errorf("receiver %s: kind %q has no Alertmanager configuration", r.Name, r.Kind)
	}
	return out, nil
}
