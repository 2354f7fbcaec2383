using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/sequences/{sequenceId}/enroll, /enrollments (offset pages) and /enrollments/cancel.</summary>
internal static class SequenceHandlers
{
    private const int MaxSample = 50;

    public static ProviderResponse Enroll(ProviderCall<SequenzyWorkspace> call)
    {
        var command = EnrollCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var outcome = EnrollmentRules.Enroll(new WorkspaceChanges(work, call.Credential), call.Route["sequenceId"], command);
        work.Commit();
        return SequenzyJson.Ok(outcome, static (writer, outcome) =>
        {
            writer.WriteNumber("enrolled", outcome.Enrolled);
            writer.WriteNumber("skipped", outcome.Skipped);
            SequenzyJson.WriteStrings(writer, "notFound", outcome.NotFound);
            writer.WriteString("targetNodeId", outcome.TargetNodeId);
            SequenzyJson.WriteTimestamp(writer, "scheduledFor", outcome.ScheduledFor);
        });
    }

    public static ProviderResponse ListEnrollments(ProviderCall<SequenzyWorkspace> call)
    {
        var query = EnrollmentQuery.Parse(call.Query);
        lock (call.Tenant.Gate)
        {
            var sequence = EnrollmentRules.Find(call.Tenant, call.Route["sequenceId"]);
            var runs = EnrollmentRules.List(call.Tenant, sequence, query);
            return SequenzyJson.Ok((Sequence: sequence, Query: query, Runs: runs), static (writer, answer) =>
            {
                var (sequence, query, runs) = answer;
                var page = runs.Skip(query.Offset).Take(query.Limit).ToList();
                writer.WriteString("sequenceId", sequence.Id);
                writer.WriteString("sequenceName", sequence.Name);
                writer.WriteStartArray("statuses");
                foreach (var status in query.Statuses)
                {
                    writer.WriteStringValue(WireNames.Of(status));
                }

                writer.WriteEndArray();
                WriteRuns(writer, sequence, page);
                writer.WriteStartObject("pagination");
                writer.WriteNumber("limit", query.Limit);
                writer.WriteNumber("offset", query.Offset);
                writer.WriteNumber("count", page.Count);
                writer.WriteNumber("total", runs.Count);
                writer.WriteBoolean("hasMore", (long)query.Offset + page.Count < runs.Count);
                writer.WriteEndObject();
            });
        }
    }

    public static ProviderResponse Cancel(ProviderCall<SequenzyWorkspace> call)
    {
        var command = CancelCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var sequenceId = call.Route["sequenceId"];
        var outcome = EnrollmentRules.Cancel(new WorkspaceChanges(work, call.Credential), sequenceId, command);
        work.Commit();
        var sequence = call.Tenant.FindSequence(sequenceId)!;
        return SequenzyJson.Ok((Sequence: sequence, Outcome: outcome), static (writer, answer) =>
        {
            var (sequence, outcome) = answer;
            writer.WriteString("sequenceId", sequence.Id);
            writer.WriteBoolean("dryRun", outcome.DryRun);
            writer.WriteStartObject("target");
            writer.WriteString("mode", outcome.Many ? "subscribers" : "subscriber");
            SequenzyJson.WriteStrings(writer, "notFoundSubscriberIds", outcome.NotFoundSubscriberIds);
            writer.WriteEndObject();
            writer.WriteNumber("matchedCount", outcome.Matched.Count);
            writer.WriteNumber("cancelledCount", outcome.Cancelled);
            writer.WriteNumber("remainingCount", outcome.Matched.Count - outcome.Cancelled);
            WriteRuns(writer, sequence, outcome.Matched.Take(MaxSample).ToList());
            writer.WriteBoolean("hasMore", outcome.Matched.Count > MaxSample);
        });
    }

    /// <summary><c>enrollments</c>: each a <c>SequenceEnrollmentRecord</c>.</summary>
    private static void WriteRuns(Utf8JsonWriter writer, SequenzySequence sequence, List<EnrolledRun> runs)
    {
        writer.WriteStartArray("enrollments");
        foreach (var (run, subscriber) in runs)
        {
            var node = sequence.FindNode(run.CurrentNodeId);
            writer.WriteStartObject();
            writer.WriteString("enrollmentId", run.Id);
            writer.WriteString("sequenceId", run.SequenceId);
            writer.WriteString("subscriberId", subscriber.Id);
            writer.WriteString("email", subscriber.Email);
            writer.WriteString("firstName", subscriber.FirstName);
            writer.WriteString("lastName", subscriber.LastName);
            writer.WriteString("subscriberStatus", WireNames.Of(subscriber.Status));
            writer.WriteString("status", WireNames.Of(run.Status));
            writer.WriteString("currentNodeId", run.CurrentNodeId);
            writer.WriteString("currentNodeType", node?.Type);
            writer.WriteString("currentNodeLabel", node?.Label);
            writer.WriteString("enrollmentStartedAt", SequenzyJson.Timestamp(run.StartedAt));
            SequenzyJson.WriteTimestamp(writer, "waitUntil", run.WaitUntil);
            writer.WriteString("lastUpdatedAt", SequenzyJson.Timestamp(run.UpdatedAt));
            writer.WriteNull("failedReason");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
