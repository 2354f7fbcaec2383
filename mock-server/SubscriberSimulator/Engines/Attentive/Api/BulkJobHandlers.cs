using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>The v2 bulk routes: submit a job of user records, read a job's status.</summary>
internal static class BulkJobHandlers
{
    public static ProviderResponse Submit(ProviderCall<AttentiveCompany> call)
    {
        var root = JsonFields.RequireObject(call.Body);
        var users = JsonFields.Array(root, "users", "users") ?? throw RequestRefusedException.BadRequest("users is required.");
        var records = new List<UserRecordCommand>(users.GetArrayLength());
        foreach (var item in users.EnumerateArray())
        {
            records.Add(BulkJobRules.ForRecord(records.Count, () => UserRecordCommand.FromJson(item)));
        }

        using var work = call.BeginWork();
        var job = BulkJobRules.Submit(new UserWrites(work), records);
        work.Commit();
        return AttentiveJson.BulkJobSubmitted(job);
    }

    /// <summary>A read: its work is never committed, it only holds the company's lock and the request's time (jobs expire).</summary>
    public static ProviderResponse Get(ProviderCall<AttentiveCompany> call)
    {
        using var work = call.BeginWork();
        var job = BulkJobRules.Find(work.Tenant, call.Route["bulkJobId"], work.Now);
        return AttentiveJson.BulkJobStatusResponse(job, call.Request.Origin);
    }
}
