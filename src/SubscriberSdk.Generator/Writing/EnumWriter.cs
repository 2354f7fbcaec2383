using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes a string enum with [EnumMember] wire values.</summary>
internal static class EnumWriter
{
    public static string Write(EnumDefinition definition)
    {
        var writer = new CodeWriter();
        FileHeader.Write(writer, definition.Namespace, "System.Runtime.Serialization", "System");
        DocComments.Summary(writer, definition.Description, $"The {definition.Name} values.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public enum {definition.Name}");
        foreach (var member in definition.Members)
        {
            DocComments.Summary(writer, null, $"The wire value <c>{DocComments.Escape(member.Value)}</c>.");
            writer.Line($"[EnumMember(Value = {Literal.String(member.Value)})]");
            writer.Line(member.Name + ",");
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
