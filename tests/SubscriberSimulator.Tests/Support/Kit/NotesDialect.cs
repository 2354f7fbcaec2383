using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>
/// Bearer tokens; a token ending in "-readonly" lacks the "notes:write" scope; Mobile Text Alerts'
/// header style (visible on every answer); errors as {"error":{"status":N,"message":"..."}}.
/// </summary>
internal sealed class NotesDialect : ProviderDialect<Notebook>
{
    public const string WriteScope = "notes:write";

    public override string ProviderId => NotesEngine.EngineId;

    public override string DisplayName => "Notes";

    public override string TenantNoun => "notebook";

    public override CredentialScheme Credentials { get; } = CredentialScheme.Bearer();

    public override RateLimitHeaderStyle RateLimitHeaderStyle => RateLimitHeaderStyle.MobileTextAlerts;

    public override RepeatedParameterRule RepeatedQueryParameters => RepeatedParameterRule.Refuse;

    public override int SubscriberLimitStatus => 403;

    public override string SubscribersNoun => "notes";

    public override string? RefuseScope(Notebook tenant, string credential, string scope) =>
        credential.EndsWith("-readonly", StringComparison.Ordinal) ? $"The token lacks '{scope}'." : null;

    public override ProviderResponse Error(int status, string message) =>
        JsonResponse.Create(status, (status, message), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("status", error.status);
            writer.WriteString("message", error.message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
}
