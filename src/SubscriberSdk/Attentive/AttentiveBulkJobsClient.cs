using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>Attentive's v2 bulk jobs. Reach it through <see cref="AttentiveClient.BulkJobs"/>.</summary>
public class AttentiveBulkJobsClient : SubscriberResourceClient
{
    private readonly AttentiveApiClient _api;

    internal AttentiveBulkJobsClient(ClientCore core, AttentiveApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveBulkJobsClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Submits 1 to 256 user records, each as in <see cref="AttentiveUsersClient.UpsertAsync"/>, as one
    /// asynchronous job (<c>POST /v2/bulk/user/attributes</c>, paced at 100 per second with the status
    /// reads). Every record is checked before anything is sent. Each accepted request is a new job, so it
    /// is retried only after a 429. Read the job with <see cref="GetAsync"/>.
    /// </summary>
    public virtual Task<SubscriberResponse<AttentiveBulkJobSubmission>> SubmitUserAttributesAsync(
        IEnumerable<AttentiveUserAttributesRequest> users, CancellationToken cancellationToken = default)
    {
        var body = AttentiveUserRequestMapper.ToBulk(users);
        var call = Core.Call(AttentiveOperations.SubmitBulkJob);
        return call.RunAsync(() => _api.V2.Bulk.User.Attributes.PostAsync(body, call.Configure, cancellationToken), AttentiveModelMapper.ToBulkJobSubmission);
    }

    /// <summary>Reads a job's state (<c>GET /v2/bulk/job/{bulkJobId}</c>); jobs can be read for two weeks.</summary>
    public virtual Task<SubscriberResponse<AttentiveBulkJob>> GetAsync(string bulkJobId, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(bulkJobId, nameof(bulkJobId), "bulkJobId (the batchJobId of the submission)");
        var call = Core.Call(AttentiveOperations.GetBulkJob);
        return call.RunAsync(() => _api.V2.Bulk.Job[id].GetAsync(call.Configure, cancellationToken), AttentiveModelMapper.ToBulkJob);
    }
}
