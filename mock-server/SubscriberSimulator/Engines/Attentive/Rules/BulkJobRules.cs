using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// v2 bulk user attributes jobs. Decisions (spec): the records are checked and applied in one unit
/// of work, in order, as if sent one by one; one bad record refuses the request with a 400 naming
/// its index and no job exists; an accepted job is processed at once (COMPLETED); a job is readable
/// for two weeks, and only by its company.
/// </summary>
internal static class BulkJobRules
{
    /// <summary>Runs one step for record <paramref name="index"/>; a 400, or the subscriber cap's 403, it raises names the record.</summary>
    public static T ForRecord<T>(int index, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (RequestRefusedException refusal) when (refusal.Status is 400 or 403)
        {
            throw new RequestRefusedException(refusal.Status, $"users[{index}]: {refusal.Message}");
        }
    }

    public static AttentiveBulkJob Submit(UserWrites writes, IReadOnlyList<UserRecordCommand> records)
    {
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            ForRecord(i, () =>
            {
                UserAttributeRules.Apply(writes, record);
                return true;
            });
        }

        var work = writes.Work;
        var job = new AttentiveBulkJob(Guid.NewGuid().ToString(), work.Now, records.Count, BulkJobStatus.Completed);
        var jobs = writes.Company.BulkJobs;
        work.OnCommit(() =>
        {
            // Expired jobs can never be read again: dropping them here keeps the store bounded.
            foreach (var expired in jobs.Values.Where(stored => stored.IsExpired(work.Now)).ToList())
            {
                jobs.Remove(expired.Id);
            }

            jobs.Add(job.Id, job);
        });
        return job;
    }

    /// <summary>The company's job with this id; 404 when unknown, another company's, or older than two weeks.</summary>
    public static AttentiveBulkJob Find(AttentiveCompany company, string id, DateTimeOffset now) =>
        company.BulkJobs.TryGetValue(id, out var job) && !job.IsExpired(now)
            ? job
            : throw RequestRefusedException.NotFound("Bulk job not found: no job with this id for this token's company, or it is older than 2 weeks.");
}
