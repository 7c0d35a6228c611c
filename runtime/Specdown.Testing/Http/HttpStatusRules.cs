namespace Specdown.Testing;

/// <summary>What HTTP itself says about statuses and bodies (RFC 9110 §6.4.1, §15.3.5, §15.3.6, §15.4.5).</summary>
public static class HttpStatusRules
{
    /// <summary>1xx, 204 No Content, 205 Reset Content and 304 Not Modified never carry content.</summary>
    public static bool ForbidsBody(int statusCode) =>
        (statusCode >= 100 && statusCode < 200) || statusCode == 204 || statusCode == 205 || statusCode == 304;
}
