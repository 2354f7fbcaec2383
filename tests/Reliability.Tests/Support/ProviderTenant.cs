using System.Net.Http.Headers;
using System.Text;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Engines.Sequenzy;

namespace Reliability.Tests.Support;

/// <summary>
/// A fresh tenant at each of the four providers on one simulator: its id, its credential as an
/// Authorization header, and for Essential a channel and for Attentive a sign-up unit.
/// </summary>
internal sealed class ProviderTenant
{
    public const string AttentiveSignUpSourceId = "700100";

    private ProviderTenant(SimulatorServer server)
    {
        var essential = server.GetEngine<EssentialEngine>();
        var account = essential.CreateAccount();
        EssentialAccountSid = account.AccountSid;
        EssentialToken = account.AuthToken;
        EssentialChannelSid = essential.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Main" });

        var mta = server.GetEngine<MobileTextAlertsEngine>().CreateAccount();
        MtaTenantId = mta.TenantId;
        MtaApiKey = mta.ApiKey;

        var workspace = server.GetEngine<SequenzyEngine>().CreateWorkspace();
        SequenzyWorkspaceId = workspace.Id;
        SequenzyApiKey = workspace.ApiKey;

        var attentive = server.GetEngine<AttentiveEngine>();
        AttentiveCompanyId = attentive.CreateCompany();
        AttentiveToken = attentive.AddToken(AttentiveCompanyId);
        attentive.AddSignUpUnit(AttentiveCompanyId, new AttentiveSignUpUnit(AttentiveSignUpSourceId, AttentiveSubscriptionType.Marketing));
    }

    public string EssentialAccountSid { get; }

    public string EssentialToken { get; }

    public string EssentialChannelSid { get; }

    public string MtaTenantId { get; }

    public string MtaApiKey { get; }

    public string SequenzyWorkspaceId { get; }

    public string SequenzyApiKey { get; }

    public string AttentiveCompanyId { get; }

    public string AttentiveToken { get; }

    /// <summary>Every credential of this tenant, for log scanning.</summary>
    public IReadOnlyList<string> Credentials => [EssentialToken, MtaApiKey, SequenzyApiKey, AttentiveToken, EssentialBasic.Parameter!];

    public AuthenticationHeaderValue EssentialBasic => new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(EssentialAccountSid + ":" + EssentialToken)));

    public static ProviderTenant Create(SimulatorServer server) => new(server);

    public AuthenticationHeaderValue Authorization(string provider) => provider switch
    {
        "essential" => EssentialBasic,
        "mta" => new AuthenticationHeaderValue("Bearer", MtaApiKey),
        "sequenzy" => new AuthenticationHeaderValue("Bearer", SequenzyApiKey),
        "attentive" => new AuthenticationHeaderValue("Bearer", AttentiveToken),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider id."),
    };
}
