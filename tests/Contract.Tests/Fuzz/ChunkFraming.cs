using System.Globalization;
using System.Text;

namespace Contract.Tests.Fuzz;

/// <summary>
/// A valid body sent with broken HTTP/1.1 chunked framing: a chunk size that is no hex number
/// ("zz", "-5", empty, non-ASCII), one past 64 bits, one byte short of its data, or a size line
/// ended by LF alone. Every one is the client's fault: a 400 in the provider's shape, never a 5xx.
/// </summary>
internal static class ChunkFraming
{
    private static readonly string[] BadSizes = ["zz", "-5", "+5", "0x10", string.Empty, "\u00e9", "10000000000000000", "FFFFFFFFFFFFFFFFFFFF"];

    /// <summary>The request head (chunked, JSON) for <paramref name="pathAndQuery"/>; the body follows it.</summary>
    public static byte[] Head(string method, string pathAndQuery, string authorization) => Encoding.ASCII.GetBytes(
        $"{method} /{pathAndQuery.TrimStart('/')} HTTP/1.1\r\nHost: localhost\r\nAuthorization: {authorization}\r\n" +
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");

    /// <summary><paramref name="body"/> as one chunk and the last chunk, with one framing fault.</summary>
    public static (byte[] Framed, string Detail) Break(byte[] body, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                var size = BadSizes[random.Next(BadSizes.Length)];
                return (Frame(size + "\r\n", body), $"chunk size '{size}'");
            case 1:
                return (Frame(Hex(body.Length - 1) + "\r\n", body), "chunk size one byte short of its data");
            default:
                return (Frame(Hex(body.Length) + "\n", body), "chunk size line ended by LF alone");
        }
    }

    private static string Hex(int value) => value.ToString("x", CultureInfo.InvariantCulture);

    private static byte[] Frame(string sizeLine, byte[] body) => [.. Encoding.UTF8.GetBytes(sizeLine), .. body, .. "\r\n0\r\n\r\n"u8];
}
