using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// <c>POST /v3/send</c>: every recipient's copy goes to the outbox with the subscribers the send
/// creates, all at commit or none (the send-failure controls strike here). Not idempotent: each
/// accepted call sends again, under a new message id.
/// </summary>
internal sealed class MessageHandlers(MtaIds ids)
{
    public ProviderResponse Send(ProviderCall<MtaAccount> call)
    {
        var command = SendCommand.FromJson(call.Body);
        var messageId = Guid.NewGuid().ToString("D");
        using var work = call.BeginWork();
        var outcome = SendRules.Send(new StagedSubscribers(work, ids, command.Subscribers.Length), command, messageId);
        work.Commit();
        var message = string.Create(CultureInfo.InvariantCulture, $"Message Sent to {outcome.SentCount} Recipients.");
        return MtaJson.Envelope(message, (outcome, messageId), static (writer, state) =>
        {
            var (outcome, messageId) = state;
            writer.WriteStartObject();
            writer.WriteString("messageId", messageId);
            writer.WriteNumber("totalRecipientCount", outcome.RecipientCount);
            writer.WriteNumber("sentCount", outcome.SentCount);
            writer.WriteNumber("optedOutCount", outcome.OptedOutCount);
            writer.WriteNumber("noNumberCount", outcome.NoNumberCount);
            writer.WriteNumber("createdSubscriberCount", outcome.CreatedCount);
            writer.WriteEndObject();
        });
    }
}
