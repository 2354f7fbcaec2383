using System.Text;

namespace Contract.Tests.Fuzz;

internal static class Utf8Extensions
{
    public static byte[] Utf8(this string text) => Encoding.UTF8.GetBytes(text);
}
