using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>PATCH /v3/subscribers/bulk</c>: up to 1,000 items, each naming its subscriber by exactly one
/// of <c>id</c>, <c>phoneNumber</c> or <c>email</c>, with the <c>record</c> to apply. Read in one
/// pass, like <see cref="BulkCreateCommand"/>.
/// </summary>
internal sealed record BulkUpdateCommand(BulkUpdateItem[] Items)
{
    public static BulkUpdateCommand FromJson(JsonElement body)
    {
        BulkLimits.CheckArray(body);
        var items = new BulkUpdateItem[body.GetArrayLength()];
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            items[index] = ReadItem(element, index);
            index++;
        }

        return new BulkUpdateCommand(items);
    }

    private static BulkUpdateItem ReadItem(JsonElement element, int index)
    {
        var where = new RecordLocation(index, false);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest($"{where}each item must be an object with 'record' and one of 'id', 'phoneNumber' or 'email'.");
        }

        var item = default(BulkUpdateItem);
        var identifiers = 0;
        var hasRecord = false;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("record"))
            {
                item.Record = SubscriberRecord.FromJson(value, new RecordLocation(index, true));
                hasRecord = true;
            }
            else if (property.NameEquals("id"))
            {
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out item.Id))
                {
                    throw RequestRefusedException.BadRequest($"{where}id must be a whole number.");
                }

                item.Key = BulkUpdateKey.Id;
                identifiers++;
            }
            else if (property.NameEquals("phoneNumber"))
            {
                item.Text = JsonFields.Text(value, where, "phoneNumber");
                item.Key = BulkUpdateKey.PhoneNumber;
                identifiers++;
            }
            else if (property.NameEquals("email"))
            {
                item.Text = JsonFields.Text(value, where, "email");
                item.Key = BulkUpdateKey.Email;
                identifiers++;
            }
            else
            {
                throw RequestRefusedException.BadRequest($"{where}unknown field '{JsonFields.Shorten(property.Name)}'.");
            }
        }

        if (!hasRecord)
        {
            throw RequestRefusedException.BadRequest($"{where}'record' is required.");
        }

        return identifiers == 1
            ? item
            : throw RequestRefusedException.BadRequest($"{where}give exactly one of 'id', 'phoneNumber' or 'email' to name the subscriber.");
    }
}
