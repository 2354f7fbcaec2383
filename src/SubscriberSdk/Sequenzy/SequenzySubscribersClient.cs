using System.Runtime.CompilerServices;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Api;
using SubscriberSdk.Sequenzy.Api.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>Sequenzy subscribers. Reach it through <see cref="SequenzyClient.Subscribers"/>.</summary>
public class SequenzySubscribersClient : SubscriberResourceClient<SequenzyApiClient>
{
    private const int MaxPageSize = 1000;

    internal SequenzySubscribersClient(ClientCore core, SequenzyApiClient api)
        : base(core, api)
    {
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzySubscribersClient()
    {
    }

    /// <summary>
    /// Creates the subscriber or handles the existing one per <see cref="SequenzySubscriberRequest.DuplicateStrategy"/>.
    /// The outcome is Created, Updated, Skipped, or PendingConfirmation when a double opt-in email was queued.
    /// </summary>
    /// <exception cref="ConflictException">The email and the external id belong to two different subscribers.</exception>
    public virtual Task<SubscriberResponse<UpsertResult<UpsertedSubscriber>>> UpsertAsync(SequenzySubscriberRequest request, CancellationToken cancellationToken = default)
    {
        var body = SequenzyRequestMapper.ToCreate(request, Core.DefaultRegion);
        var call = Core.Call(SequenzyOperations.Upsert);
        return call.RunAsync(
            () => Api.Api.V1.Subscribers.PostAsync(body, call.Configure, cancellationToken),
            static (response, _) => new UpsertResult<UpsertedSubscriber>(response?.Subscriber, SequenzyRequestMapper.Outcome(response)));
    }

    /// <summary>Gets a subscriber with lists, sequences and activity.</summary>
    /// <exception cref="ResourceNotFoundException">No such subscriber.</exception>
    public virtual Task<SubscriberResponse<SubscriberDetails?>> GetAsync(SequenzySubscriberKey key, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var call = Core.Call(SequenzyOperations.Get);
        return email is not null
            ? call.RunAsync(() => Api.Api.V1.Subscribers[email].GetAsync(call.Configure, cancellationToken), static (r, _) => r?.Subscriber)
            : call.RunAsync(
                () => Api.Api.V1.Subscribers.External.GetAsync(
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                static (r, _) => r?.Subscriber);
    }

    /// <summary>Updates a subscriber.</summary>
    public virtual Task<SubscriberResponse<Subscriber?>> UpdateAsync(SequenzySubscriberKey key, SequenzySubscriberUpdate update, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = SequenzyRequestMapper.ToUpdate(update, Core.DefaultRegion);
        var call = Core.Call(SequenzyOperations.Update);
        return email is not null
            ? call.RunAsync(() => Api.Api.V1.Subscribers[email].PatchAsync(body, call.Configure, cancellationToken), static (r, _) => r?.Subscriber)
            : call.RunAsync(
                () => Api.Api.V1.Subscribers.External.PatchAsync(
                    body,
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                static (r, _) => r?.Subscriber);
    }

    /// <summary>Deletes a subscriber.</summary>
    public virtual Task<SubscriberResponse<UpsertResult<string>>> DeleteAsync(SequenzySubscriberKey key, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var call = Core.Call(SequenzyOperations.Delete);
        static UpsertResult<string> Map(DeleteSubscriberResponse? response, int status) =>
            new(null, response?.Deleted == true ? OperationOutcome.Removed : OperationOutcome.Skipped);
        return email is not null
            ? call.RunAsync(() => Api.Api.V1.Subscribers[email].DeleteAsync(call.Configure, cancellationToken), Map)
            : call.RunAsync(
                () => Api.Api.V1.Subscribers.External.DeleteAsync(
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                Map);
    }

    /// <summary>Lists subscribers, following Sequenzy's cursor as you enumerate.</summary>
    public virtual async IAsyncEnumerable<Subscriber> ListAsync(SequenzySubscriberFilter? filter = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        string? cursor = null;
        while (true)
        {
            var call = Core.Call(SequenzyOperations.List);
            var pageCursor = cursor;
            var response = await call.RunAsync(() => Api.Api.V1.Subscribers.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    var query = configuration.QueryParameters;
                    query.Limit = size;
                    query.Cursor = pageCursor;
                    query.Status = filter?.Status;
                    query.Query = filter?.Query;
                    query.Tags = filter?.Tags is { Count: > 0 } tags ? string.Join(',', tags) : null;
                    query.ListId = filter?.ListId;
                    query.SegmentId = filter?.SegmentId;
                },
                cancellationToken)).ConfigureAwait(false);
            foreach (var subscriber in response.Value?.Subscribers ?? [])
            {
                yield return subscriber;
            }

            cursor = response.Value?.Pagination?.NextCursor;
            if (response.Value?.Pagination?.HasMore != true || string.IsNullOrEmpty(cursor))
            {
                yield break;
            }
        }
    }

    /// <summary>Adds one tag (an unknown email creates the subscriber).</summary>
    public virtual Task<SubscriberResponse<AddTagResponse?>> AddTagAsync(SequenzySubscriberKey key, string tag, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new AddTagRequest { Email = email, ExternalId = externalId, Tag = Guard.Required(tag, nameof(tag), "The tag") };
        var call = Core.Call(SequenzyOperations.AddTag);
        return call.RunAsync(() => Api.Api.V1.Subscribers.Tags.PostAsync(body, call.Configure, cancellationToken));
    }

    /// <summary>Adds up to 1000 tags at once.</summary>
    public virtual Task<SubscriberResponse<AddTagsResponse?>> AddTagsAsync(SequenzySubscriberKey key, IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new AddTagsRequest { Email = email, ExternalId = externalId, Tags = [.. Guard.Records(tags, nameof(tags), SequenzyRequestMapper.MaxTagsPerRequest)] };
        var call = Core.Call(SequenzyOperations.AddTags);
        return call.RunAsync(() => Api.Api.V1.Subscribers.Tags.Bulk.PostAsync(body, call.Configure, cancellationToken));
    }

    /// <summary>Removes one tag.</summary>
    public virtual Task<SubscriberResponse<RemoveTagResponse?>> RemoveTagAsync(SequenzySubscriberKey key, string tag, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new RemoveTagRequest { Email = email, ExternalId = externalId, Tag = Guard.Required(tag, nameof(tag), "The tag") };
        var call = Core.Call(SequenzyOperations.RemoveTag);
        return call.RunAsync(() => Api.Api.V1.Subscribers.Tags.Remove.PostAsync(body, call.Configure, cancellationToken));
    }
}
