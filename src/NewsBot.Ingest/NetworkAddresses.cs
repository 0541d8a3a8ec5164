using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingest;

/// <summary>
/// Which IP addresses a fetch may connect to: public unicast only. Private (10/8, 172.16/12,
/// 192.168/16, fc00::/7), loopback, link-local (169.254/16 — cloud metadata lives there —
/// fe80::/10), carrier-grade NAT (100.64/10), multicast, unspecified, broadcast and reserved
/// ranges are internal; an IPv4 address written as IPv6 (::ffff:a.b.c.d, 64:ff9b::/96) is
/// judged as the IPv4 address it carries.
/// </summary>
public static class NetworkAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 ||                                   // "this network", 0.0.0.0
        b[0] == 10 ||
        b[0] == 127 ||
        (b[0] == 100 && (b[1] & 0xC0) == 64) ||        // 100.64.0.0/10, carrier-grade NAT
        (b[0] == 169 && b[1] == 254) ||
        (b[0] == 172 && (b[1] & 0xF0) == 16) ||
        (b[0] == 192 && b[1] == 168) ||
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||     // 192.0.0.0/24, protocol assignments
        (b[0] == 198 && (b[1] & 0xFE) == 18) ||        // 198.18.0.0/15, benchmarking
        b[0] >= 224);                                  // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var b = address.GetAddressBytes();
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)   // 64:ff9b::/96, NAT64 of an IPv4 address
            return IsPublicV4(b[12..]);
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return false;     // ::/96, IPv4-compatible (deprecated)
        return true;
    }
}
