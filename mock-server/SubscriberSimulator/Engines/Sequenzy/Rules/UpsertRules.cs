using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Create-subscriber semantics (also used per import record and per list-add email): identity by
/// externalId then email (409 when they are two subscribers), <c>duplicateStrategy</c>,
/// <c>optInMode</c> and list defaults. Stages its changes; the caller commits.
/// </summary>
internal static class UpsertRules
{
    public static UpsertOutcome Upsert(WorkspaceChanges changes, UpsertCommand command)
    {
        RequireKnownLists(changes.Workspace, command.ListIds, "lists");
        var existing = FindExisting(changes, command.Email, command.ExternalId);
        return existing is null ? Create(changes, command) : UpdateExisting(changes, existing, command);
    }

    /// <summary>The subscriber by externalId, else by email; 409 when they are two different subscribers.</summary>
    public static SequenzySubscriber? FindExisting(WorkspaceChanges changes, string? email, string? externalId)
    {
        var byExternalId = externalId is null ? null : changes.FindByExternalId(externalId);
        var byEmail = email is null ? null : changes.FindByEmail(email);
        if (byExternalId is not null && byEmail is not null && byExternalId.Id != byEmail.Id)
        {
            throw RequestRefusedException.Conflict("email and externalId belong to different subscribers");
        }

        return byExternalId ?? byEmail;
    }

    /// <summary>
    /// True when the workspace is full and the record would create a subscriber: the batch calls that
    /// report per record (imports, list adds, event imports) fail that record instead of the request.
    /// </summary>
    public static bool WouldExceedSubscriberCap(WorkspaceChanges changes, string? email, string? externalId) =>
        !changes.Work.HasRoomForSubscriber() && FindExisting(changes, email, externalId) is null;

    public static void RequireKnownLists(SequenzyWorkspace workspace, string[]? listIds, string field)
    {
        if (listIds is null)
        {
            return;
        }

        foreach (var listId in listIds)
        {
            if (workspace.FindList(listId) is null)
            {
                throw RequestRefusedException.BadRequest($"{field} contains an unknown list id");
            }
        }
    }

    /// <summary>A new subscriber from the given fields, not yet staged; consent decides status, tags and lists.</summary>
    public static UpsertOutcome Create(WorkspaceChanges changes, UpsertCommand command)
    {
        if (command.Email is null && command.Phone is null)
        {
            throw RequestRefusedException.BadRequest("email is required when creating a subscriber");
        }

        changes.Work.AddSubscriber();
        var workspace = changes.Workspace;
        var status = command.Status ?? SubscriberStatus.Active;
        var subscriber = new SequenzySubscriber
        {
            Id = changes.Ids.NextSubscriberId(),
            Sequence = changes.NextSequence(),
            Email = command.Email,
            ExternalId = command.ExternalId,
            FirstName = command.FirstName,
            LastName = command.LastName,
            Attributes = command.Attributes ?? [],
            Phone = command.Phone,
            SmsStatus = SmsStatusFor(command.SmsConsent) ?? SmsStatus.NotSubscribed,
            Timezone = command.Timezone,
            CreatedAt = command.CreatedAt ?? changes.Now,
            UpdatedAt = changes.Now,
        };

        var tags = command.Tags ?? [];
        var lists = command.ListIds ?? workspace.DefaultListIds;

        // Double opt-in is email consent: a phone-only contact has nothing to confirm by email.
        var confirm = command.Email is not null
            && (command.OptInMode == OptInMode.DoubleOptIn
                || (command.OptInMode == OptInMode.Default && workspace.DoubleOptIn && status == SubscriberStatus.Active));
        string[] joined = [];
        var optIn = OptInResult.None;
        if (confirm)
        {
            optIn = ConsentRules.RequireConfirmation(changes, subscriber, tags, lists);
        }
        else
        {
            subscriber.Status = status;
            subscriber.UnsubscribedAt = status == SubscriberStatus.Unsubscribed ? changes.Now : null;
            subscriber.Tags = tags;
            changes.EnsureTags(tags);
            joined = Memberships.Join(subscriber, lists, changes.Now);
        }

        changes.Put(subscriber);
        return new UpsertOutcome(subscriber, true, false, false, optIn, joined);
    }

    private static UpsertOutcome UpdateExisting(WorkspaceChanges changes, SequenzySubscriber existing, UpsertCommand command)
    {
        var subscriber = existing.Clone();
        var strategy = command.DuplicateStrategy;
        var changed = strategy switch
        {
            DuplicateStrategy.Merge => Merge(subscriber, command),
            DuplicateStrategy.Overwrite => Overwrite(subscriber, command),
            _ => false,
        };

        // "default" never emails an existing unsubscribed contact and "confirmed" never reactivates
        // one; only an explicit double_opt_in asks an opted-out (not bounced) contact to confirm again.
        var optIn = OptInResult.None;
        if (command.OptInMode == OptInMode.DoubleOptIn && subscriber.Status == SubscriberStatus.Unsubscribed && subscriber.Email is not null)
        {
            optIn = ConsentRules.RequireConfirmation(changes, subscriber, [], []);
        }

        var tagsToApply = strategy == DuplicateStrategy.Skip ? null : command.Tags;
        string[] joined = [];
        if (subscriber.PendingOptIn is { } pending)
        {
            var held = pending with
            {
                HeldTags = Memberships.Union(pending.HeldTags, tagsToApply ?? []),
                HeldListIds = Memberships.Union(pending.HeldListIds, command.ListIds ?? []),
            };
            changed |= held != pending && strategy != DuplicateStrategy.Skip;
            subscriber.PendingOptIn = held;
        }
        else
        {
            if (tagsToApply is not null)
            {
                var tags = strategy == DuplicateStrategy.Overwrite ? tagsToApply : Memberships.Union(subscriber.Tags, tagsToApply);
                changed |= !tags.AsSpan().SequenceEqual(subscriber.Tags);
                subscriber.Tags = tags;
                changes.EnsureTags(tags);
            }

            joined = Memberships.Join(subscriber, command.ListIds ?? [], changes.Now);
            changed |= joined.Length > 0 && strategy != DuplicateStrategy.Skip;
        }

        var updated = strategy == DuplicateStrategy.Overwrite || (strategy == DuplicateStrategy.Merge && changed);
        if (updated)
        {
            subscriber.UpdatedAt = changes.Now;
        }

        if (updated || optIn != OptInResult.None || joined.Length > 0 || subscriber.PendingOptIn != existing.PendingOptIn)
        {
            changes.Put(subscriber);
            return new UpsertOutcome(subscriber, false, updated, strategy == DuplicateStrategy.Skip, optIn, joined);
        }

        return new UpsertOutcome(existing, false, updated, strategy == DuplicateStrategy.Skip, OptInResult.None, joined);
    }

    private static bool Merge(SequenzySubscriber subscriber, UpsertCommand command)
    {
        var changed = false;
        if (subscriber.Email is null && command.Email is not null)
        {
            subscriber.Email = command.Email;
            changed = true;
        }

        if (subscriber.ExternalId is null && command.ExternalId is not null)
        {
            subscriber.ExternalId = command.ExternalId;
            changed = true;
        }

        if (string.IsNullOrEmpty(subscriber.FirstName) && !string.IsNullOrEmpty(command.FirstName))
        {
            subscriber.FirstName = command.FirstName;
            changed = true;
        }

        if (string.IsNullOrEmpty(subscriber.LastName) && !string.IsNullOrEmpty(command.LastName))
        {
            subscriber.LastName = command.LastName;
            changed = true;
        }

        if (subscriber.Phone is null && command.Phone is not null)
        {
            subscriber.Phone = command.Phone;
            changed = true;
        }

        if (subscriber.SmsStatus == SmsStatus.NotSubscribed && SmsStatusFor(command.SmsConsent) is { } sms)
        {
            subscriber.SmsStatus = sms;
            changed = true;
        }

        if (subscriber.Timezone is null && command.Timezone is not null)
        {
            subscriber.Timezone = command.Timezone;
            changed = true;
        }

        if (command.Attributes is not null)
        {
            var merged = CustomAttributes.AddMissing(subscriber.Attributes, command.Attributes);
            changed |= !ReferenceEquals(merged, subscriber.Attributes);
            subscriber.Attributes = merged;
        }

        return MoveCreatedAtEarlier(subscriber, command.CreatedAt) || changed;
    }

    private static bool Overwrite(SequenzySubscriber subscriber, UpsertCommand command)
    {
        subscriber.Email = command.Email ?? subscriber.Email;
        subscriber.ExternalId = command.ExternalId ?? subscriber.ExternalId;
        subscriber.FirstName = command.FirstName ?? subscriber.FirstName;
        subscriber.LastName = command.LastName ?? subscriber.LastName;
        if (command.Phone is not null && command.Phone != subscriber.Phone)
        {
            subscriber.Phone = command.Phone;
            subscriber.SmsStatus = SmsStatus.NotSubscribed;
        }

        subscriber.SmsStatus = SmsStatusFor(command.SmsConsent) ?? subscriber.SmsStatus;
        if (command.TimezoneSent)
        {
            subscriber.Timezone = command.Timezone;
        }

        subscriber.Attributes = command.Attributes ?? subscriber.Attributes;
        MoveCreatedAtEarlier(subscriber, command.CreatedAt);
        return true;
    }

    private static bool MoveCreatedAtEarlier(SequenzySubscriber subscriber, DateTimeOffset? createdAt)
    {
        if (createdAt is { } at && at < subscriber.CreatedAt)
        {
            subscriber.CreatedAt = at;
            return true;
        }

        return false;
    }

    public static SmsStatus? SmsStatusFor(bool? consent) => consent switch
    {
        true => SmsStatus.Subscribed,
        false => SmsStatus.Unsubscribed,
        null => null,
    };
}
