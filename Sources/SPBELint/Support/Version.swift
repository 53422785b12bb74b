public enum SPBELintVersion {
    public static let current = "0.1.0"
}
