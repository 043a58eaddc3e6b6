// The project in a git repository of its own (the IT projects run under target/, which the plugin's repository
// ignores), committed on 2026-11-20, long after its outputTimestamp (2024-01-01).
def run(List<String> command, Map<String, String> env = [:]) {
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(env)
    def process = builder.start()
    def out = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')}: ${out}"
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false']
def date = [GIT_COMMITTER_DATE: '2026-11-20T09:00:00Z', GIT_AUTHOR_DATE: '2026-11-20T09:00:00Z']
run(git + ['init', '-q'])
run(git + ['add', '-A'])
run(git + ['commit', '-q', '--allow-empty', '-m', 'Release 1.1.0'], date)
return true
