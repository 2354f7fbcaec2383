using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// How a record's <c>groupIds</c> and <c>subscriberFields</c> combine with what is stored: groups
/// are added (never removed, joining time kept), field values replace by field id (datum id kept).
/// Arrays are reused untouched when nothing changes.
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

    private static bool Contains(IReadOnlyList<MtaGroupMembership> memberships, int groupId)
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
}
