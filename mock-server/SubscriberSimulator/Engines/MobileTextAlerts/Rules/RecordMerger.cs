using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// How a record's <c>groupIds</c> and <c>subscriberFields</c> combine with what is stored: groups
/// are added (never removed, joining time kept), field values replace by field id (datum id kept).
/// The group routes add or remove one membership, and deleting a group or custom field strips it.
/// Arrays are reused untouched when nothing changes (the account then skips its member recount).
/// </summary>
internal static class RecordMerger
{
    public static MtaGroupMembership[] MergeGroups(MtaGroupMembership[] current, JsonElement groupIds, long nowTicks)
    {
        if (groupIds.ValueKind != JsonValueKind.Array || groupIds.GetArrayLength() == 0)
        {
            return current;
        }

        List<MtaGroupMembership>? merged = null;
        foreach (var item in groupIds.EnumerateArray())
        {
            var groupId = (int)item.GetInt64();
            if (Contains(current, groupId) || (merged is not null && Contains(merged, groupId)))
            {
                continue;
            }

            merged ??= [.. current];
            merged.Add(new MtaGroupMembership(groupId, nowTicks));
        }

        return merged is null ? current : [.. merged];
    }

    /// <summary>New values get a datum id from <paramref name="ids"/>.</summary>
    public static MtaFieldValue[] MergeFields(MtaFieldValue[] current, JsonElement fields, MtaIds ids)
    {
        if (fields.ValueKind != JsonValueKind.Object)
        {
            return current;
        }

        List<MtaFieldValue>? merged = null;
        foreach (var property in fields.EnumerateObject())
        {
            merged ??= [.. current];
            var fieldId = int.Parse(property.Name, System.Globalization.CultureInfo.InvariantCulture);
            var data = property.Value.GetString() ?? string.Empty;
            var index = IndexOfField(merged, fieldId);
            if (index >= 0)
            {
                merged[index] = merged[index] with { Data = data };
            }
            else
            {
                merged.Add(new MtaFieldValue(ids.NextFieldDataId(), fieldId, data));
            }
        }

        return merged is null ? current : [.. merged];
    }

    /// <summary>The memberships plus <paramref name="groupId"/> (joined now); the same array when it is already there.</summary>
    public static MtaGroupMembership[] WithGroup(MtaGroupMembership[] current, int groupId, long nowTicks) =>
        Contains(current, groupId) ? current : [.. current, new MtaGroupMembership(groupId, nowTicks)];

    /// <summary>The memberships without <paramref name="groupId"/>; the same array when it was not there.</summary>
    public static MtaGroupMembership[] WithoutGroup(MtaGroupMembership[] current, int groupId) =>
        Contains(current, groupId) ? Array.FindAll(current, membership => membership.GroupId != groupId) : current;

    /// <summary>The values without those of <paramref name="fieldId"/>; the same array when there were none.</summary>
    public static MtaFieldValue[] WithoutField(MtaFieldValue[] current, int fieldId) =>
        Array.Exists(current, value => value.FieldId == fieldId) ? Array.FindAll(current, value => value.FieldId != fieldId) : current;

    public static bool Contains(IReadOnlyList<MtaGroupMembership> memberships, int groupId)
    {
        for (var i = 0; i < memberships.Count; i++)
        {
            if (memberships[i].GroupId == groupId)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfField(List<MtaFieldValue> values, int fieldId)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].FieldId == fieldId)
            {
                return i;
            }
        }

        return -1;
    }
}
