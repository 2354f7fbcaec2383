using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// /api/v1/subscribers/imports. Decision: an import is applied in full while its create call is
/// answered (all records, one unit of work), so the create response shows it as queued ("running",
/// nothing counted yet) and every later read shows it "completed" with its counts. The same
/// idempotency key with the same content answers the first import again and applies nothing.
/// </summary>
internal static class ImportHandlers
{
    public static ProviderResponse Create(ProviderCall<SequenzyWorkspace> call)
    {
        var command = ImportCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        if (command.IdempotencyKey is { } key && call.Tenant.FindReplay(key, command.ContentHash) is { } replay)
        {
            return Queued(replay, deduplicated: true);
        }

        var import = ImportRules.Run(new WorkspaceChanges(work, call.Credential), command);
        work.Commit();
        return Queued(import, deduplicated: false);
    }

    public static ProviderResponse Get(ProviderCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            var import = ImportRules.Find(call.Tenant, call.Route["importId"]);
            return SequenzyJson.Ok(import, static (writer, import) => SequenzyJson.WriteImport(writer, import, asQueued: false));
        }
    }

    private static ProviderResponse Queued(SubscriberImport import, bool deduplicated) =>
        SequenzyJson.Ok((Import: import, Deduplicated: deduplicated), static (writer, answer) =>
        {
            writer.WriteBoolean("deduplicated", answer.Deduplicated);
            writer.WriteString("message", answer.Deduplicated ? "Import already queued" : "Import queued");
            SequenzyJson.WriteImport(writer, answer.Import, asQueued: !answer.Deduplicated);
        });
}
