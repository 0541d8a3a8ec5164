namespace NewsBot.Store;

/// <summary>The store file cannot be used (not a store, damaged, from a newer version) or an operation on it failed; the message says which, in words for the user.</summary>
public sealed class ArticleStoreException(string message, Exception? inner = null) : Exception(message, inner);
