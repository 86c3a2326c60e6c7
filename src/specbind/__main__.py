from specbind.cli import main

main()
