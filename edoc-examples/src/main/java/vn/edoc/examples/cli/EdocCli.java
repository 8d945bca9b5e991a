package vn.edoc.examples.cli;

/** Placeholder replaced by the CLI. */
public final class EdocCli {
    private EdocCli() {
    }

    public static void main(String[] args) {
    }
}
