namespace Reliability.Tests.Support;

/// <summary>Asserts that none of the given sensitive values appears in full in any of the texts.</summary>
internal static class Secrets
{
    public static void AssertNoneAppear(IEnumerable<string> texts, IEnumerable<string> secrets)
    {
        var secretList = secrets.Where(secret => !string.IsNullOrEmpty(secret)).Distinct().ToArray();
        foreach (var text in texts)
        {
            foreach (var secret in secretList)
            {
                Assert.False(
                    text.Contains(secret, StringComparison.OrdinalIgnoreCase),
                    $"A sensitive value (length {secret.Length}, starting '{secret[..Math.Min(3, secret.Length)]}') appears in: {Redact(text, secret)}");
            }
        }
    }

    // The failure message itself must not repeat the secret.
    private static string Redact(string text, string secret) => text.Replace(secret, "<SECRET>", StringComparison.OrdinalIgnoreCase);
}
