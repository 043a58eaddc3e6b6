// A throwaway signing key without passphrase in a GNUPGHOME of this IT (never the user's ~/.gnupg), handed to
// maven-gpg-plugin as -Dgpg.homedir in .mvn/maven.config; then a git repository of the project whose commit and tag
// that key signs, so the manifest has signatures to record.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def run(List<String> command, Map<String, String> env = [:]) {
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(env)
    def process
    try {
        process = builder.start()
    } catch (IOException e) {
        throw new AssertionError("this IT needs ${command[0]} on the PATH: ${e.message}")
    }
    def out = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')}: ${out}"
    return out
}

def target = new File(basedir, 'target')
target.mkdirs()
// gpg-agent's socket lives in the home directory and its path must stay under ~107 characters: a deep checkout
// (CI workspaces) gets a short temporary home instead
def home = new File(target, 'gnupg')
if (home.absolutePath.length() > 80) {
    home = Files.createTempDirectory('it-gpg').toFile()
}
home.mkdirs()
Files.setPosixFilePermissions(home.toPath(), PosixFilePermissions.fromString('rwx------'))
new File(target, 'gnupg-home.txt').text = home.absolutePath
def gnupg = [GNUPGHOME: home.absolutePath]
run(['gpg', '--batch', '--passphrase', '', '--quick-gen-key', 'IT <it@example.org>', 'ed25519', 'sign', 'never'], gnupg)
def fingerprint = run(['gpg', '--batch', '--with-colons', '--list-secret-keys'], gnupg).readLines()
        .find { it.startsWith('fpr:') }.split(':')[9]
new File(target, 'key-fingerprint.txt').text = fingerprint

new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dgpg.homedir=${home.absolutePath}\n"

// git runs gpg for the plugin too (verify-commit): a wrapper gives it the throwaway keyring
def wrapper = new File(target, 'gpg-it.sh')
wrapper.text = "#!/bin/sh\nexec gpg --homedir '${home.absolutePath}' \"\$@\"\n"
wrapper.setExecutable(true)
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n.mvn/\n'
def git = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.org', '-c', "user.signingkey=${fingerprint}".toString()]
run(git + ['init', '-q'])
run(git + ['config', 'gpg.program', wrapper.absolutePath])
run(git + ['add', '-A'])
run(git + ['commit', '-q', '-S', '-m', 'Release 1.0.0'])
run(git + ['tag', '-s', '-m', 'Release 1.0.0', 'v1.0.0'])
return true
